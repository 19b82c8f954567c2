using GovFunctions.Core.Cases;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Statistics;
using GovFunctions.UnitTests.Review;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>
/// Property-style (seeded): random cases saved event by event, their owed counts drained in any order between cases by
/// either of two instances (each remembering what it wrote, stale once the other writes), signals re-sent, and crashes
/// between the counter write and the outbox clear (the owed counts applied again) — the
/// counters always equal the rebuild from the histories, and any period read through the months sums what its days sum.
/// </summary>
public class StatisticsCountingPropertyTests
{
    private const int CasesPerRun = 4;

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Counting_with_replays_and_crashes_equals_the_rebuild(int seed)
    {
        var random = new Random(seed);
        var records = Enumerable.Range(0, CasesPerRun).Select(i => Record(ReviewInvariantTests.Play(seed * CasesPerRun + i).History)).ToList();
        var store = new InMemoryStatisticsStore();
        var instances = new[] { new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance), new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance) };
        var saved = records.Select(_ => 1).ToArray();
        var owed = records.Select(_ => new List<int>()).ToArray();

        while (Enumerable.Range(0, records.Count).Any(i => saved[i] < records[i].History.Count || owed[i].Count > 0))
        {
            var i = random.Next(records.Count);
            var history = records[i].History;
            if (saved[i] < history.Count && (owed[i].Count == 0 || random.Next(2) == 0))
            {
                // A command or an alarm is saved: it owes its counts the way CaseChanges notes them.
                saved[i]++;
                if (CaseCounts.Owed(history[saved[i] - 1], CaseEvolution.Replay(history.Take(saved[i] - 1)), CaseEvolution.Replay(history.Take(saved[i])), saved[i]) is { } sequence)
                {
                    owed[i].Add(sequence);
                }

                continue;
            }

            // The outbox is drained from the case as saved now.
            var asSaved = Record(history.Take(saved[i]).ToList());
            var counting = instances[random.Next(instances.Length)];
            await counting.ApplyAsync(asSaved, [.. owed[i]], default);
            switch (random.Next(3))
            {
                case 0:
                    break; // crashed before the outbox clear: the counts stay owed and are applied again later
                case 1:
                    await counting.ApplyAsync(asSaved, [.. owed[i]], default); // a re-sent signal drains the same save again
                    owed[i].Clear();
                    break;
                default:
                    owed[i].Clear();
                    break;
            }
        }

        var counted = Snapshot(store);
        Assert.NotEmpty(counted);

        // Any period read through the months and the cut months' days sums what its days alone sum.
        var days = store.Days.Where(d => !d.Day.Month).Select(d => new DayCounters(d.Day.Scope, d.Day.Day, d.Day.Counters)).ToList();
        for (var period = 0; period < 5; period++)
        {
            var from = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330));
            var to = from.AddDays(random.Next(0, 120));
            var read = await new SupervisionStatistics(store).ReadAsync(new StatisticsFilter(null, null, null), from, to, default);
            Assert.Equal(Sorted(StatisticsReport.Totals(days, from, to)), Sorted(StatisticsReport.Totals(read, from, to)));
        }

        var rebuiltFresh = new InMemoryStatisticsStore();
        await Rebuild(records, rebuiltFresh);
        Assert.Equal(counted, Snapshot(rebuiltFresh));

        var report = await Rebuild(records, store);
        Assert.Equal(counted, Snapshot(store));
        Assert.Equal((records.Count, counted.Count, 0), (report.Cases, report.Days, report.Removed));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Fact]
    public async Task A_day_written_by_another_case_meanwhile_keeps_both_counts()
    {
        var first = Record(ReviewInvariantTests.Play(7).History);
        var store = new InMemoryStatisticsStore();
        var counting = new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance);
        var submitted = StatisticsCounting.CountsOf(first).First(c => c.Counts.ContainsKey(Counters.Received));
        var intruder = 0;
        store.BeforeWrite = day =>
        {
            if (intruder++ == 0)
            {
                store.Put(StatisticsDay.Empty(day.Scope, day.Day).With("another-case", 2, new Dictionary<string, long> { [Counters.Received] = 1 }));
            }
        };

        await counting.ApplyAsync(first, [submitted.Sequence], default);

        var day = Assert.Single(store.Days, d => !d.Day.Month).Day;
        Assert.Equal(2, day.Counters[Counters.Received]);
        Assert.True(day.Holds("another-case", 2) && day.Holds(first.State.Number, submitted.Sequence));
    }

    [Fact]
    public async Task Each_day_and_month_is_read_once_then_replaced_from_what_this_instance_wrote()
    {
        var record = Record(ReviewInvariantTests.Play(7).History);
        var counts = StatisticsCounting.CountsOf(record).ToList();
        var documents = DocumentsOf(record);
        Assert.True(counts.Count * 2 > documents, "the case counts twice in some day, or the test proves nothing");
        var store = new InMemoryStatisticsStore();
        var counting = new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance);

        foreach (var count in counts)
        {
            await counting.ApplyAsync(record, [count.Sequence], default);
        }

        Assert.Equal(documents, store.Finds);
        var rebuilt = new InMemoryStatisticsStore();
        await Rebuild([record], rebuilt);
        Assert.Equal(Snapshot(rebuilt), Snapshot(store));
    }

    [Fact]
    public async Task Drains_waiting_on_a_document_add_their_counts_in_one_write()
    {
        var record = Record(ReviewInvariantTests.Play(7).History);
        var copies = Enumerable.Range(1, 16).Select(i => record with { State = record.State with { Number = $"{record.State.Number}-{i}" } }).ToList();
        var sequences = StatisticsCounting.CountsOf(record).Select(c => c.Sequence).ToList();
        var documents = DocumentsOf(record);
        var held = new TaskCompletionSource();
        var store = new InMemoryStatisticsStore { WritesWaitFor = held.Task };
        var counting = new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance);

        // The first case's writes are held; the fifteen others queue behind them.
        var drains = copies.Select(c => counting.ApplyAsync(c, sequences, default)).ToList();
        held.SetResult();
        await Task.WhenAll(drains);

        Assert.Equal(2 * documents, store.Writes);
        var rebuilt = new InMemoryStatisticsStore();
        await Rebuild(copies, rebuilt);
        Assert.Equal(Snapshot(rebuilt), Snapshot(store));
    }

    [Fact]
    public async Task A_day_another_instance_wrote_since_is_read_again_and_keeps_both_counts()
    {
        var first = Record(ReviewInvariantTests.Play(7).History);
        var second = Record(ReviewInvariantTests.Play(13).History); // the same item, in the same months
        Assert.NotEmpty(MonthsOf(first).Intersect(MonthsOf(second)));
        var store = new InMemoryStatisticsStore();
        var one = new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance);
        var other = new StatisticsCounting(store, NullLogger<StatisticsCounting>.Instance);

        await one.ApplyAsync(first, [.. StatisticsCounting.CountsOf(first).Select(c => c.Sequence)], default);
        await other.ApplyAsync(second, [.. StatisticsCounting.CountsOf(second).Select(c => c.Sequence)], default);
        await one.ApplyAsync(first, [.. StatisticsCounting.CountsOf(first).Select(c => c.Sequence)], default);
        await one.ApplyAsync(second, [.. StatisticsCounting.CountsOf(second).Select(c => c.Sequence)], default);

        var rebuilt = new InMemoryStatisticsStore();
        await Rebuild([first, second], rebuilt);
        Assert.Equal(Snapshot(rebuilt), Snapshot(store));
    }

    [Fact]
    public async Task The_rebuild_repairs_a_wrong_counter_and_removes_a_day_no_history_makes()
    {
        var records = new[] { Record(ReviewInvariantTests.Play(11).History), Record(ReviewInvariantTests.Play(12).History) };
        var store = new InMemoryStatisticsStore();
        await Rebuild(records, store);
        var right = Snapshot(store);
        var some = store.Days.First(d => !d.Day.Month).Day;
        store.Put(some with { Counters = new Dictionary<string, long>(some.Counters) { [Counters.Received] = 99 } });
        store.Put(StatisticsDay.Empty(some.Scope, new DateOnly(2026, 3, 1)).With("gone", 1, new Dictionary<string, long> { [Counters.Received] = 1 }));

        var report = await Rebuild(records, store);

        Assert.Equal(right, Snapshot(store));
        Assert.Equal(1, report.Removed);
    }

    private static Task<RebuildReport> Rebuild(IEnumerable<CaseRecord> records, InMemoryStatisticsStore store) =>
        new StatisticsRebuild(new CaseRecordsInMemory(records), store, NullLogger<StatisticsRebuild>.Instance).RebuildAsync(default);

    /// <summary>How many day and month documents a case counts into.</summary>
    private static int DocumentsOf(CaseRecord record)
    {
        var counts = StatisticsCounting.CountsOf(record).ToList();
        return counts.Select(c => (c.Scope, c.Day)).Distinct().Count() + counts.Select(c => (c.Scope, DayPeriod.MonthOf(c.Day))).Distinct().Count();
    }

    private static IEnumerable<(CountedScope, DateOnly)> MonthsOf(CaseRecord record) =>
        StatisticsCounting.CountsOf(record).Select(c => (c.Scope, DayPeriod.MonthOf(c.Day)));

    private static CaseRecord Record(IReadOnlyList<CaseEvent> history) =>
        new(CaseEvolution.Replay(history), history, new CaseOutbox(false, []), new Dictionary<string, string>());

    private static string Sorted(IReadOnlyDictionary<string, long> totals) =>
        string.Join(",", totals.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Every day's counters, in a form that compares by value.</summary>
    private static SortedDictionary<string, string> Snapshot(InMemoryStatisticsStore store) => new(store.Days.ToDictionary(
        d => $"{d.Day.Scope.DepartmentCode}|{d.Day.Scope.ItemCode}|{d.Day.Scope.RegionCode}|{d.Day.Day:yyyy-MM-dd}|{(d.Day.Month ? "month" : "day")}",
        d => string.Join(",", d.Day.Counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))), StringComparer.Ordinal);
}
