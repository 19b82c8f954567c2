using GovFunctions.Api;
using GovFunctions.Api.Http;
using GovFunctions.Api.Statistics;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Statistics;

namespace GovFunctions.LocalHost.Endpoints;

public static class StatisticsEndpoints
{
    private const string Readers = "Admins read anything (no filter: the whole platform); a supervisor their region and the regions below it (regionCode, default their own); a department's head (its approver) their own department.";

    public static void MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Routes.SupervisionStatistics, (HttpRequest request, StatisticsApi handler, CancellationToken ct) => handler.GetSupervisionStatistics(request, ct))
            .WithName(Operations.GetSupervisionStatistics)
            .WithSummary("电子监察 统计分析: the indicators (README \"Indicators\") of the cases a department accepted, of a region's cases, of an item — any together — over a period (a year, quarter, month, day, or from..to), in total and grouped by department, item, region or month. Counts are of the period; in progress, yellow and red are at its end. " + Readers)
            .Produces<StatisticsReport>()
            .AsStatisticsReport();

        api.MapGet(Routes.SupervisionStatisticsExport, (HttpRequest request, StatisticsApi handler, CancellationToken ct) => handler.ExportSupervisionStatistics(request, ct))
            .WithName(Operations.ExportSupervisionStatistics)
            .WithSummary("The same report as CSV (UTF-8 with a byte order mark, Chinese and English headers): the total, then a line per group. " + Readers)
            .ProducesFile([StatisticsApi.CsvMediaType])
            .AsStatisticsReport();

        api.MapGet(Routes.PublicStatistics, (HttpRequest request, StatisticsApi handler, CancellationToken ct) => handler.GetPublicStatistics(request, ct))
            .WithTags("Public")
            .WithName(Operations.GetPublicStatistics)
            .WithSummary("A month of a department's items (departmentCode) or of an item's departments (itemCode): received, accepted, not accepted, concluded, approved, denied, on-time and satisfaction rates. Aggregates only: a count of 1 to 4 reads \"<5\", a rate over fewer than 5 cases is not given.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.ItemCode)
            .WithQueryParameter(ApiParameters.Month)
            .Produces<PublicStatisticsReport>()
            .ProducesValidationProblem();

        api.MapGet(Routes.PublicRatings, (HttpRequest request, StatisticsApi handler, CancellationToken ct) => handler.GetPublicRatings(request, ct))
            .WithTags("Public")
            .WithName(Operations.GetPublicRatings)
            .WithSummary("好差评 of a month: per item of a department (departmentCode) or per department of an item (itemCode) — ratings, each level's share, satisfaction, poor ratings and those rectified on time — or a region's departments ranked by satisfaction (regionCode; ranked only with 5 ratings or more). A count of 1 to 4 reads \"<5\"; shares and rates are given over 5 ratings or more.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.ItemCode)
            .WithQueryParameter(ApiParameters.RegionCode)
            .WithQueryParameter(ApiParameters.Month)
            .Produces<PublicRatingsReport>()
            .ProducesValidationProblem();

        api.MapPost(Routes.SupervisionStatisticsRebuild, (HttpRequest request, StatisticsApi handler, CancellationToken ct) => handler.RebuildSupervisionStatistics(request, ct))
            .WithTags("Operations")
            .WithName(Operations.RebuildSupervisionStatistics)
            .WithSummary("Recomputes every supervision counter from the case histories (admin): days the histories make are written as they make them, others removed; safe while cases keep changing. Reads every case: for repairs, not routine.")
            .ForCallers(PlatformRole.Admin)
            .Produces<RebuildReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>What the report and its export share: who may ask, the query, the refusals.</summary>
    private static RouteHandlerBuilder AsStatisticsReport(this RouteHandlerBuilder builder) => builder
        .WithTags("Supervision")
        .ForCallers(PlatformRole.Supervisor, PlatformRole.Approver, PlatformRole.Admin)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithQueryParameter(ApiParameters.DepartmentCode)
        .WithQueryParameter(ApiParameters.RegionCode)
        .WithQueryParameter(ApiParameters.ItemCode)
        .WithQueryParameter(ApiParameters.StatisticsPeriod)
        .WithQueryParameter(ApiParameters.From)
        .WithQueryParameter(ApiParameters.To)
        .WithQueryParameter(ApiParameters.StatisticsGroupBy);
}
