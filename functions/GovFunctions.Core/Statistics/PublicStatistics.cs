using System.Globalization;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// The statistics anyone may read: a month of a department's items, or of an item's departments — aggregate counts
/// and rates only. A count of 1 to 4 is shown as "&lt;5" and a rate over fewer than 5 cases is not shown, so no row
/// singles out a person.
/// </summary>
public sealed class PublicStatistics(SupervisionStatistics statistics, TimeProvider time)
{
    public const int SmallestShown = 5;

    public async Task<PublicStatisticsReport> MonthAsync(string? departmentCode, string? itemCode, string? month, CancellationToken cancellationToken)
    {
        if ((departmentCode is null) == (itemCode is null))
        {
            throw ValidationFailedException.For("departmentCode", "give either 'departmentCode' or 'itemCode'.");
        }

        var thisMonth = ChinaTime.DateOf(time.GetUtcNow());
        var first = month is null ? new DateOnly(thisMonth.Year, thisMonth.Month, 1) : ParseMonth(month);
        if (first > thisMonth)
        {
            throw ValidationFailedException.For("month", "is still to come.");
        }

        var last = first.AddMonths(1).AddDays(-1);
        var filter = new StatisticsFilter(departmentCode, null, itemCode);
        var days = await statistics.ReadAsync(filter, first, last, cancellationToken);
        var rows = days.GroupBy(d => (d.Scope.DepartmentCode, d.Scope.ItemCode))
            .Select(g => (g.Key, Totals: StatisticsReport.Totals(g, first, last)))
            .Where(g => g.Totals.Keys.Any(k => !Counters.IsGauge(k)))
            .OrderBy(g => g.Key.DepartmentCode, StringComparer.Ordinal).ThenBy(g => g.Key.ItemCode, StringComparer.Ordinal)
            .Select(g => PublicStatisticsRow.Of(g.Key.DepartmentCode, g.Key.ItemCode, StatisticsIndicators.Of(g.Totals)))
            .ToList();
        return new PublicStatisticsReport(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), departmentCode, itemCode, rows);
    }

    private static DateOnly ParseMonth(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year >= 2000
            ? first
            : throw ValidationFailedException.For("month", "must be a month, yyyy-MM (e.g. 2026-11).");
}

public sealed record PublicStatisticsReport(string Month, string? DepartmentCode, string? ItemCode, IReadOnlyList<PublicStatisticsRow> Rows);

/// <summary>One item at one department in one month. Counts are text: a number, or "&lt;5".</summary>
public sealed record PublicStatisticsRow(
    string DepartmentCode,
    string ItemCode,
    string Received,
    string Accepted,
    string NotAccepted,
    string Concluded,
    string Approved,
    string Denied,
    double? OnTimeRate,
    double? SatisfactionRate)
{
    public static PublicStatisticsRow Of(string departmentCode, string itemCode, StatisticsIndicators i) => new(
        departmentCode, itemCode, Shown(i.Received), Shown(i.Accepted), Shown(i.NotAccepted), Shown(i.Concluded), Shown(i.Approved), Shown(i.Denied),
        i.ConcludedOnTime + i.ConcludedOverdue >= PublicStatistics.SmallestShown ? i.OnTimeRate : null,
        i.Rated >= PublicStatistics.SmallestShown ? i.SatisfactionRate : null);

    private static string Shown(long count) => count is > 0 and < PublicStatistics.SmallestShown ? "<5" : count.ToString(CultureInfo.InvariantCulture);
}
