using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Statistics;

/// <summary>A period's indicators in total and by group: counts of the period; open, yellow and red at the end of it (for a month row, at the month's end).</summary>
public sealed record StatisticsReport(
    DateOnly From, DateOnly To, StatisticsFilter Filter, StatisticsGrouping GroupBy, StatisticsIndicators Total, IReadOnlyList<StatisticsRow> Rows)
{
    public static StatisticsReport Of(IReadOnlyList<DayCounters> days, StatisticsFilter filter, DateOnly from, DateOnly to, StatisticsGrouping groupBy)
    {
        IReadOnlyList<StatisticsRow> rows = groupBy switch
        {
            StatisticsGrouping.None => [],
            StatisticsGrouping.Month => [.. StatisticsPeriod.MonthsOf(from, to).Select(m => new StatisticsRow(m.Month, StatisticsIndicators.Of(Totals(days, m.From, m.To))))],
            _ => [.. days.GroupBy(d => GroupOf(d.Scope, groupBy), StringComparer.Ordinal)
                .Select(g => (g.Key, Totals: Totals(g, from, to)))
                .Where(g => g.Totals.Count > 0)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new StatisticsRow(g.Key, StatisticsIndicators.Of(g.Totals)))],
        };
        return new StatisticsReport(from, to, filter, groupBy, StatisticsIndicators.Of(Totals(days, from, to)), rows);
    }

    /// <summary>
    /// The counters of a period: flows summed over its days, gauges over every day up to its end. A month a document
    /// covers whole is taken from it, its days only where the period cuts the month (the days the store is asked for:
    /// <see cref="DaysRead"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, long> Totals(IEnumerable<DayCounters> days, DateOnly from, DateOnly to)
    {
        var rows = days.Where(d => d.Day <= to).ToList();
        var months = rows.Where(r => r.Month).Select(r => (r.Scope, r.Day)).ToHashSet();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var start = DayPeriod.MonthOf(row.Day);
            var end = DayPeriod.EndOfMonth(start);
            var monthCovers = row.Month || months.Contains((row.Scope, start));
            var (flows, gauges) = row.Month
                ? (start >= from && end <= to, end <= to)
                : (row.Day >= from && !(monthCovers && start >= from && end <= to), !(monthCovers && end <= to));
            foreach (var (counter, value) in row.Counters)
            {
                if (Counters.IsGauge(counter) ? gauges : flows)
                {
                    Counters.Add(totals, counter, value);
                }
            }
        }

        return totals;
    }

    /// <summary>
    /// The days a period needs besides its months: those of a month it cuts — at its start, from its first day (flows);
    /// at its end, from the month's first day (the gauges up to the end).
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> DaysRead(DateOnly from, DateOnly to)
    {
        var firstMonthEnd = DayPeriod.EndOfMonth(from);
        var lastMonthStart = DayPeriod.MonthOf(to);
        if (firstMonthEnd >= to)
        {
            return from.Day == 1 && to == firstMonthEnd ? [] : [(lastMonthStart, to)];
        }

        var ranges = new List<(DateOnly, DateOnly)>();
        if (from.Day != 1)
        {
            ranges.Add((from, firstMonthEnd));
        }

        if (to != DayPeriod.EndOfMonth(to))
        {
            ranges.Add((lastMonthStart, to));
        }

        return ranges;
    }

    private static string GroupOf(CountedScope scope, StatisticsGrouping groupBy) => groupBy switch
    {
        StatisticsGrouping.Department => scope.DepartmentCode,
        StatisticsGrouping.Item => scope.ItemCode,
        _ => scope.RegionCode,
    };
}

/// <param name="Group">The department code, item code, region code or month (yyyy-MM) of the row.</param>
public sealed record StatisticsRow(string Group, StatisticsIndicators Indicators);
