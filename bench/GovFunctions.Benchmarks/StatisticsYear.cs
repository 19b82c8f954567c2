using System.Globalization;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace GovFunctions.Benchmarks;

/// <summary>GetSupervisionStatistics for one department over a year whose counters hold <paramref name="Cases"/> cases.</summary>
public sealed record StatisticsFigures(int Cases, int Documents, Figures Year, Figures YearByMonth);

/// <summary>
/// Writes a year of a department's day and month documents (untimed) as counting leaves them for that many decided cases spread
/// over five items — each document holding its cases' counts and which events it holds — then asks for the year, in
/// total and by month, as the department's head over HTTP.
/// </summary>
public static class StatisticsYear
{
    private const string Department = "330300-BENCHSTAT";
    private const int Items = 5;

    public static async Task<StatisticsFigures> MeasureAsync(BenchmarkHost host, int cases, int operations, TextWriter progress)
    {
        var store = host.Services.GetRequiredService<IStatisticsStore>();
        var year = DateTime.UtcNow.Year - 1;
        var first = new DateOnly(year, 1, 1);
        var dayCount = first.AddYears(1).DayNumber - first.DayNumber;
        var documents = Enumerable.Range(0, dayCount).SelectMany(d => Enumerable.Range(0, Items).Select(i => (Day: first.AddDays(d), Item: i))).ToList();
        var perDocument = (cases + documents.Count - 1) / documents.Count;
        var written = documents.Select(d => DayOf(d.Day, d.Item, perDocument)).ToList();
        // Each month holds what its days hold, as counting leaves it.
        written.AddRange(written.GroupBy(d => (d.Scope, d.Day.Month)).Select(MonthOf));
        await Parallel.ForEachAsync(written, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (document, ct) => await store.CreateAsync(document, ct));
        await progress.WriteLineAsync($"statistics: {written.Count:N0} day and month documents of {perDocument * documents.Count:N0} cases written");

        var head = await host.ClientFor("bench-head", "approver", Department);
        var url = $"/api/supervision/statistics?departmentCode={Department}&period={year}";
        var total = await Figures.MeasureAsync("GetSupervisionStatistics (a year)", 1, operations, async _ => await PortalFlow.Ok(await head.GetAsync(url)));
        var byMonth = await Figures.MeasureAsync("GetSupervisionStatistics (a year by month)", 1, operations, async _ => await PortalFlow.Ok(await head.GetAsync(url + "&groupBy=month")));
        return new StatisticsFigures(perDocument * documents.Count, written.Count, total, byMonth);
    }

    /// <summary>A day of one item as counting leaves it: each case received, accepted, decided on time and delivered that day.</summary>
    private static StatisticsDay DayOf(DateOnly day, int item, int cases)
    {
        var counters = new Dictionary<string, long>();
        var applied = new Dictionary<string, IReadOnlyList<int>>();
        for (var c = 0; c < cases; c++)
        {
            var used = c % 8;
            foreach (var (counter, value) in new (string, long)[]
            {
                (Counters.Received, 1), (Counters.ReceivedOnline, 1), (Counters.Accepted, 1), (Counters.Approved, 1), (Counters.ReviewTimed, 1),
                (Counters.ConcludedOnTime, 1), (Counters.ConcludedWithinPromise, used <= 5 ? 1 : 0), (Counters.ReviewWorkingDays, used),
                (Counters.PromisedWorkingDays, 5), (Counters.StatutoryWorkingDays, 20), (Counters.ReviewDaysPrefix + used, 1), (Counters.Delivered, 1),
            })
            {
                Counters.Add(counters, counter, value);
            }

            applied[string.Create(CultureInfo.InvariantCulture, $"{day:yyyyMMdd}-{item}-{c:D4}")] = [6, 7, 10, 11];
        }

        return new StatisticsDay(new CountedScope(Department, $"BENCH{item:D2}-330300000000", "330300"), day, counters, applied);
    }

    private static StatisticsDay MonthOf(IEnumerable<StatisticsDay> days)
    {
        var list = days.ToList();
        var counters = list.SelectMany(d => d.Counters).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var applied = list.SelectMany(d => d.Applied).ToDictionary(a => a.Key, a => a.Value);
        return new StatisticsDay(list[0].Scope, DayPeriod.MonthOf(list[0].Day), counters, applied) { Month = true };
    }
}
