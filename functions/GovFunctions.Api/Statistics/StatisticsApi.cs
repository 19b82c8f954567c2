using System.Text;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Statistics;

namespace GovFunctions.Api.Statistics;

/// <summary>电子监察 statistics: the supervisors' report and its CSV, the public monthly figures, and the rebuild.</summary>
public sealed class StatisticsApi(SupervisionStatistics statistics, PublicStatistics publicStatistics, StatisticsRebuild rebuild, TimeProvider time)
{
    public async Task<IResult> GetSupervisionStatistics(HttpRequest request, CancellationToken cancellationToken) =>
        Results.Ok(await ReportAsync(request, cancellationToken));

    /// <summary>UTF-8 with a byte order mark, so spreadsheet programs read the Chinese headers; written line by line.</summary>
    public async Task<IResult> ExportSupervisionStatistics(HttpRequest request, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(request, cancellationToken);
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            foreach (var line in StatisticsCsv.Lines(report))
            {
                await writer.WriteAsync(line.AsMemory(), cancellationToken);
            }
        }, CsvMediaType + "; charset=utf-8", $"statistics-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.csv");
    }

    public async Task<IResult> GetPublicStatistics(HttpRequest request, CancellationToken cancellationToken) =>
        Results.Ok(await publicStatistics.MonthAsync(
            RequestParameters.Text(request, ApiParameters.DepartmentCode), RequestParameters.Text(request, ApiParameters.ItemCode),
            RequestParameters.Text(request, ApiParameters.Month), cancellationToken));

    public async Task<IResult> GetPublicRatings(HttpRequest request, CancellationToken cancellationToken) =>
        Results.Ok(await publicStatistics.RatingsAsync(
            RequestParameters.Text(request, ApiParameters.DepartmentCode), RequestParameters.Text(request, ApiParameters.ItemCode),
            RequestParameters.Text(request, ApiParameters.RegionCode), RequestParameters.Text(request, ApiParameters.Month), cancellationToken));

    public async Task<IResult> RebuildSupervisionStatistics(HttpRequest request, CancellationToken cancellationToken)
    {
        CallerClaims.Require(request.HttpContext.User).Require(PlatformRole.Admin);
        return Results.Ok(await rebuild.RebuildAsync(cancellationToken));
    }

    public const string CsvMediaType = "text/csv";

    private Task<StatisticsReport> ReportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var (from, to) = StatisticsPeriod.Of(
            RequestParameters.Text(request, ApiParameters.StatisticsPeriod), RequestParameters.Day(request, ApiParameters.From),
            RequestParameters.Day(request, ApiParameters.To), ChinaTime.DateOf(time.GetUtcNow()));
        var filter = new StatisticsFilter(
            RequestParameters.Text(request, ApiParameters.DepartmentCode), RequestParameters.Text(request, ApiParameters.RegionCode),
            RequestParameters.Text(request, ApiParameters.ItemCode));
        var groupBy = Enum.Parse<StatisticsGrouping>(RequestParameters.Text(request, ApiParameters.StatisticsGroupBy) ?? "none", ignoreCase: true);
        return statistics.ReportAsync(caller, new StatisticsQuery(filter, from, to, groupBy), cancellationToken);
    }
}
