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

    /// <summary>The counters of a period: flows summed over its days, gauges over every day up to its end.</summary>
    public static IReadOnlyDictionary<string, long> Totals(IEnumerable<DayCounters> days, DateOnly from, DateOnly to)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var day in days.Where(d => d.Day <= to))
        {
            var inPeriod = day.Day >= from;
            foreach (var (counter, value) in day.Counters)
            {
                if (inPeriod || Counters.IsGauge(counter))
                {
                    totals[counter] = totals.GetValueOrDefault(counter) + value;
                }
            }
        }

        foreach (var zero in totals.Where(t => t.Value == 0).Select(t => t.Key).ToList())
        {
            totals.Remove(zero);
        }

        return totals;
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
