using System.Globalization;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// The statistics anyone may read: a month of a department's items, or of an item's departments, and their 好差评 —
/// aggregate counts and rates only. A count of 1 to 4 is shown as "&lt;5" and a rate over fewer than 5 cases is not shown, so no row
/// singles out a person.
/// </summary>
public sealed class PublicStatistics(SupervisionStatistics statistics, TimeProvider time)
{
    public const int SmallestShown = 5;

    public async Task<PublicStatisticsReport> MonthAsync(string? departmentCode, string? itemCode, string? month, CancellationToken cancellationToken)
    {
        RequireOne(("departmentCode", departmentCode), ("itemCode", itemCode));
        var (name, rows) = await ReadMonthAsync(new StatisticsFilter(departmentCode, null, itemCode), month, byItem: true, cancellationToken);
        return new PublicStatisticsReport(name, departmentCode, itemCode,
            // Notices on a department count under no item: supervision, not a service the public uses.
            [.. rows.Where(r => r.ItemCode is not "").Select(r => PublicStatisticsRow.Of(r.DepartmentCode, r.ItemCode!, r.Indicators))]);
    }

    /// <summary>
    /// 好差评 of a month: per item of a department or per department of an item, or — for a region — its departments
    /// ranked by satisfaction (only those with at least 5 ratings are ranked).
    /// </summary>
    public async Task<PublicRatingsReport> RatingsAsync(string? departmentCode, string? itemCode, string? regionCode, string? month, CancellationToken cancellationToken)
    {
        RequireOne(("departmentCode", departmentCode), ("itemCode", itemCode), ("regionCode", regionCode));
        var byDepartment = regionCode is not null;
        var (name, rows) = await ReadMonthAsync(new StatisticsFilter(departmentCode, regionCode, itemCode), month, byItem: !byDepartment, cancellationToken);
        var lines = rows.Where(r => r.Indicators.Rated > 0 || r.Indicators.RatingsVoided > 0).Select(r => PublicRatingsRow.Of(r.DepartmentCode, r.ItemCode, r.Indicators)).ToList();
        if (byDepartment)
        {
            var ranked = lines.Where(l => l.SatisfactionRate is not null).OrderByDescending(l => l.SatisfactionRate).ThenBy(l => l.DepartmentCode, StringComparer.Ordinal).ToList();
            lines = [.. ranked.Select((l, i) => l with { Rank = i + 1 }), .. lines.Except(ranked)];
        }

        return new PublicRatingsReport(name, departmentCode, itemCode, regionCode, lines);
    }

    /// <summary>The month's indicators of the filter's scopes, one row per department (and item, <paramref name="byItem"/>).</summary>
    private async Task<(string Month, IReadOnlyList<(string DepartmentCode, string? ItemCode, StatisticsIndicators Indicators)> Rows)> ReadMonthAsync(
        StatisticsFilter filter, string? month, bool byItem, CancellationToken cancellationToken)
    {
        var thisMonth = ChinaTime.DateOf(time.GetUtcNow());
        var first = month is null ? DayPeriod.MonthOf(thisMonth) : ParseMonth(month);
        if (first > thisMonth)
        {
            throw ValidationFailedException.For("month", "is still to come.");
        }

        var last = DayPeriod.EndOfMonth(first);
        var days = await statistics.ReadAsync(filter, first, last, cancellationToken);
        var rows = days.GroupBy(d => (d.Scope.DepartmentCode, ItemCode: byItem ? d.Scope.ItemCode : null))
            .Select(g => (g.Key, Totals: StatisticsReport.Totals(g, first, last)))
            .Where(g => g.Totals.Keys.Any(k => !Counters.IsGauge(k)))
            .OrderBy(g => g.Key.DepartmentCode, StringComparer.Ordinal).ThenBy(g => g.Key.ItemCode, StringComparer.Ordinal)
            .Select(g => (g.Key.DepartmentCode, g.Key.ItemCode, StatisticsIndicators.Of(g.Totals)))
            .ToList();
        return (first.ToString("yyyy-MM", CultureInfo.InvariantCulture), rows);
    }

    private static void RequireOne(params (string Name, string? Value)[] parameters)
    {
        if (parameters.Count(p => p.Value is not null) != 1)
        {
            throw ValidationFailedException.For(parameters[0].Name, $"give exactly one of {string.Join(", ", parameters.Select(p => $"'{p.Name}'"))}.");
        }
    }

    /// <summary>A count as the public sees it: 1 to 4 as "&lt;5".</summary>
    public static string Shown(long count) => count is > 0 and < SmallestShown ? "<5" : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A rate over fewer than 5 is not shown.</summary>
    public static double? ShownRate(double? rate, long over) => over >= SmallestShown ? rate : null;

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
        departmentCode, itemCode, PublicStatistics.Shown(i.Received), PublicStatistics.Shown(i.Accepted), PublicStatistics.Shown(i.NotAccepted),
        PublicStatistics.Shown(i.Concluded), PublicStatistics.Shown(i.Approved), PublicStatistics.Shown(i.Denied),
        PublicStatistics.ShownRate(i.OnTimeRate, i.ConcludedOnTime + i.ConcludedOverdue), PublicStatistics.ShownRate(i.SatisfactionRate, i.Rated));
}

public sealed record PublicRatingsReport(string Month, string? DepartmentCode, string? ItemCode, string? RegionCode, IReadOnlyList<PublicRatingsRow> Rows);

/// <summary>
/// 好差评 of a department (and item) in a month: ratings, each level's share, poor ratings and those rectified on time.
/// Counts are text (a number, or "&lt;5"); shares and rates are given over 5 ratings or more.
/// </summary>
/// <param name="ItemCode">None on a region's ranking of departments.</param>
/// <param name="Rank">On a region's ranking: the place by satisfaction, for departments with 5 ratings or more.</param>
public sealed record PublicRatingsRow(
    string DepartmentCode,
    string? ItemCode,
    string Ratings,
    IReadOnlyDictionary<string, double>? LevelShares,
    double? SatisfactionRate,
    string PoorRatings,
    string RectifiedOnTime,
    double? RectifiedOnTimeRate,
    int? Rank)
{
    public static PublicRatingsRow Of(string departmentCode, string? itemCode, StatisticsIndicators i) => new(
        departmentCode, itemCode, PublicStatistics.Shown(i.Rated),
        i.Rated >= PublicStatistics.SmallestShown ? i.RatingLevels.ToDictionary(l => l.Key, l => StatisticsIndicators.Rate(l.Value, i.Rated)!.Value) : null,
        PublicStatistics.ShownRate(i.SatisfactionRate, i.Rated), PublicStatistics.Shown(i.PoorRatings), PublicStatistics.Shown(i.RectificationsOnTime),
        PublicStatistics.ShownRate(i.RectifiedOnTimeRate, i.PoorRatings), null);
}
