using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Statistics;

namespace GovFunctions.Core.Disclosure;

/// <summary>
/// 政府信息公开工作年度报告, table 3 (收到和处理政府信息公开申请情况): a department's requests of a year — carried over from the
/// year before, received from natural persons and from legal persons or other organisations, answered by type, abandoned,
/// pending at the year's end — and the fees charged. Read from the supervision counters, like any statistics.
/// </summary>
public sealed record DisclosureAnnualReport(
    int Year, string? DepartmentCode, long CarriedOver, long ReceivedFromNaturalPersons, long ReceivedFromOrganisations,
    IReadOnlyDictionary<string, long> Answered, long Abandoned, long PendingAtYearEnd, long Fees, long FeeYuan)
{
    public const int FirstYear = 2019;   // the revised 条例 is in force from 2019-05-15

    public static async Task<DisclosureAnnualReport> ReadAsync(
        SupervisionStatistics statistics, Caller caller, string? departmentCode, int? year, DateOnly today, CancellationToken cancellationToken)
    {
        if (year is not { } asked || asked < FirstYear || asked > today.Year)
        {
            throw ValidationFailedException.For("year", $"a year from {FirstYear} to {today.Year}.");
        }

        var filter = new StatisticsFilter(departmentCode, null, null);
        var report = await statistics.ReportAsync(caller, new StatisticsQuery(filter, new DateOnly(asked, 1, 1), new DateOnly(asked, 12, 31), StatisticsGrouping.None), cancellationToken);
        var before = await statistics.ReportAsync(caller, new StatisticsQuery(filter, new DateOnly(asked - 1, 12, 31), new DateOnly(asked - 1, 12, 31), StatisticsGrouping.None), cancellationToken);
        var total = report.Total;
        return new DisclosureAnnualReport(
            asked, report.Filter.DepartmentCode, before.Total.DisclosurePending,
            total.DisclosureReceived - total.DisclosureReceivedFromOrganisations, total.DisclosureReceivedFromOrganisations,
            total.DisclosureAnswers, total.DisclosureLapsed, total.DisclosurePending, total.DisclosureFees, total.DisclosureFeeYuan);
    }
}
