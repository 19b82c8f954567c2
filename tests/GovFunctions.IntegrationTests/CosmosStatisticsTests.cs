using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using static GovFunctions.IntegrationTests.MilestoneCases;

namespace GovFunctions.IntegrationTests;

/// <summary>
/// The counters on the Cosmos DB emulator: kept by the real outbox processor (cases draining in parallel onto the same
/// days, so ETag races are real), unchanged by drains repeated, equal to the rebuild, and repaired by it.
/// </summary>
public sealed class CosmosStatisticsTests(CosmosDatabaseFixture cosmos, ProvinceQueuesFixture queues)
    : IClassFixture<CosmosDatabaseFixture>, IClassFixture<ProvinceQueuesFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private const int CaseCount = 16;

    private readonly GovFunctions.Core.PersonalData.PersonalDataKeys _keys = TestKeys.PersonalData();

    private CosmosCaseStore Cases => new(cosmos.Database.GetContainer(CosmosContainers.Cases), _keys);

    private CosmosStatisticsStore Statistics => new(cosmos.Database.GetContainer(CosmosContainers.Statistics));

    public Task InitializeAsync() => queues.CreateAsync("330000");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Counters_kept_by_the_outbox_processor_equal_the_rebuild_and_the_rebuild_repairs_them()
    {
        var records = Enumerable.Range(0, CaseCount).Select(i => Owing(Build(Wenzhou, (Route)(i % 4), $"company-{i}", Start.AddMinutes(i)))).ToList();
        foreach (var record in records)
        {
            await SaveAsync(Cases, record);
        }

        var processor = Processor();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (r, ct) => Assert.True(await processor.ProcessAsync(r.State.Number, ct)));
        var counted = await Snapshot();

        // Everything counted once: delivered and supplemented routes are approved (half), one in four not accepted, one withdrawn.
        var report = await new SupervisionStatistics(Statistics).ReportAsync(Admin, Query(StatisticsGrouping.Department), default);
        Assert.Equal((CaseCount, CaseCount / 2, CaseCount / 4, CaseCount / 4), (report.Total.Received, report.Total.Approved, report.Total.NotAccepted, report.Total.Withdrawn));
        Assert.Equal(CaseCount / 4, report.Total.Supplemented);
        Assert.Equal(0, report.Total.InProgress);
        Assert.Equal(Wenzhou.ReviewSteps[0].DepartmentCode, Assert.Single(report.Rows).Group);
        Assert.All(records, r => Assert.Empty(Cases.FindAsync(r.State.Number, default).Result!.Case.Outbox.Counts));

        // A re-sent signal and a crash replayed: the case owes its counts again, the days already hold them.
        var replayed = records[0];
        var stored = await Cases.FindAsync(replayed.State.Number, default);
        await Cases.ReplaceAsync(stored!.Case with { Outbox = stored.Case.Outbox with { Counts = replayed.Outbox.Counts } }, stored.ETag, default);
        Assert.True(await processor.ProcessAsync(replayed.State.Number, default));
        Assert.Equal(counted, await Snapshot());

        var rebuild = new StatisticsRebuild(Cases, Statistics, NullLogger<StatisticsRebuild>.Instance);
        var unchanged = await rebuild.RebuildAsync(default);
        Assert.Equal((CaseCount, counted.Count, 0), (unchanged.Cases, unchanged.Days, unchanged.Removed));
        Assert.Equal(counted, await Snapshot());

        var some = await Statistics.ReadDaysAsync(records[0].State.DepartmentCode, default).FirstAsync();
        await Statistics.ReplaceAsync(some.Day with { Counters = new Dictionary<string, long>(some.Day.Counters) { [Counters.Received] = 999 } }, some.ETag, default);
        await Statistics.CreateAsync(StatisticsDay.Empty(some.Day.Scope, new DateOnly(2025, 1, 2)).With("no-such-case", 1, new Dictionary<string, long> { [Counters.Received] = 1 }), default);

        var repaired = await rebuild.RebuildAsync(default);

        Assert.Equal(1, repaired.Removed);
        Assert.Equal(counted, await Snapshot());
    }

    [Fact]
    public async Task A_period_query_reads_the_months_up_to_its_end_and_only_the_days_asked_for()
    {
        var scope = new CountedScope("330300-TEST" + Guid.NewGuid().ToString("N")[..6], "ITEM-1", "330302");
        await Statistics.CreateAsync(StatisticsDay.Empty(scope, new DateOnly(2026, 1, 5)).With("c1", 5, new Dictionary<string, long> { [Counters.Received] = 1, [Counters.Open] = 1 }), default);
        await Statistics.CreateAsync(StatisticsDay.Empty(scope, new DateOnly(2026, 2, 5)).With("c2", 5, new Dictionary<string, long> { [Counters.Received] = 1, [Counters.Open] = 1 }), default);

        await Statistics.CreateAsync(StatisticsDay.Empty(scope, new DateOnly(2026, 1, 5), month: true).With("c1", 5, new Dictionary<string, long> { [Counters.Received] = 1 }), default);
        await Statistics.CreateAsync(StatisticsDay.Empty(scope, new DateOnly(2026, 2, 5), month: true).With("c2", 5, new Dictionary<string, long> { [Counters.Received] = 1 }), default);

        var days = await Statistics.ReadCountersAsync(scope.DepartmentCode, new DateOnly(2026, 1, 1), [(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 20))], default).ToListAsync();

        Assert.Equal([(new DateOnly(2026, 1, 1), true), (new DateOnly(2026, 1, 5), false)], days.Select(d => (d.Day, d.Month)).OrderBy(d => d.Day));
        Assert.All(days, d => Assert.Equal((scope, 1L), (d.Scope, d.Counters[Counters.Received])));
        Assert.Contains(scope, await Statistics.ListScopesAsync(default));
    }

    [Fact]
    public async Task A_write_answers_the_ETag_the_next_replace_needs_and_a_day_changed_or_removed_since_refuses_it()
    {
        var scope = new CountedScope("330300-TEST" + Guid.NewGuid().ToString("N")[..6], "ITEM-1", "330302");
        var day = StatisticsDay.Empty(scope, new DateOnly(2026, 1, 5)).With("c1", 5, new Dictionary<string, long> { [Counters.Received] = 1 });
        var created = await Statistics.CreateAsync(day, default);
        var replaced = await Statistics.ReplaceAsync(day.With("c2", 5, new Dictionary<string, long> { [Counters.Received] = 1 }), created, default);

        Assert.Equal(replaced, (await Statistics.FindAsync(scope, day.Day, false, default))!.ETag);
        await Assert.ThrowsAsync<GovFunctions.Core.Errors.PreconditionFailedException>(() => Statistics.ReplaceAsync(day, created, default));
        var stored = (await Statistics.FindAsync(scope, day.Day, false, default))!;
        await Statistics.DeleteAsync(stored.Day, stored.ETag, default);
        await Assert.ThrowsAsync<GovFunctions.Core.Errors.PreconditionFailedException>(() => Statistics.ReplaceAsync(day, replaced, default));
        Assert.Null(await Statistics.FindAsync(scope, day.Day, false, default));
    }

    private static readonly Caller Admin = new("admin-1", new HashSet<PlatformRole> { PlatformRole.Admin });

    private static StatisticsQuery Query(StatisticsGrouping groupBy) =>
        new(new StatisticsFilter(null, "330300", null), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), groupBy);

    /// <summary>The case as CaseChanges leaves it: every event that counts owed.</summary>
    private static CaseRecord Owing(CaseRecord record) =>
        record with { Outbox = record.Outbox with { Counts = [.. StatisticsCounting.CountsOf(record).Select(c => c.Sequence)] } };

    private CaseOutboxProcessor Processor() => new(Cases, new CosmosCaseViewStore(cosmos.Database.GetContainer(CosmosContainers.CaseViews)),
        new StatisticsCounting(Statistics, NullLogger<StatisticsCounting>.Instance), new QueueMilestonePublisher(queues.Service, queues.Names),
        new ProvinceBackoff(TimeProvider.System), new WorkCalendars(), TimeProvider.System, NullLogger<CaseOutboxProcessor>.Instance);

    private async Task<SortedDictionary<string, string>> Snapshot()
    {
        var days = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var department in (await Statistics.ListScopesAsync(default)).Select(s => s.DepartmentCode).Distinct())
        {
            await foreach (var stored in Statistics.ReadDaysAsync(department, default))
            {
                days[$"{department}|{stored.Day.Scope.ItemCode}|{stored.Day.Scope.RegionCode}|{stored.Day.Day:yyyy-MM-dd}|{stored.Day.Month}"] =
                    string.Join(",", stored.Day.Counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
            }
        }

        return days;
    }
}
