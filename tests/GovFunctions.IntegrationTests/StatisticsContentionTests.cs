using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using static GovFunctions.IntegrationTests.MilestoneCases;

namespace GovFunctions.IntegrationTests;

/// <summary>
/// Sixteen cases of one item counted at once by one instance, as its parallel outbox drains do: they all add to the
/// same day and month documents on the Cosmos DB emulator, one write at a time, and no write loses an ETag race.
/// </summary>
public sealed class StatisticsContentionTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private const int CaseCount = 16;

    [Fact]
    public async Task Cases_counted_at_once_into_one_month_by_one_instance_lose_no_race_and_all_count()
    {
        var statistics = new RacesLost(new CosmosStatisticsStore(cosmos.Database.GetContainer(CosmosContainers.Statistics)));
        var counting = new StatisticsCounting(statistics, NullLogger<StatisticsCounting>.Instance);
        var start = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        var records = Enumerable.Range(0, CaseCount).Select(i => Build(Wenzhou, Route.Delivered, $"company-{i}", start.AddMinutes(i))).ToList();

        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = CaseCount }, async (record, ct) =>
            await counting.ApplyAsync(record, [.. StatisticsCounting.CountsOf(record).Select(c => c.Sequence)], ct));

        Assert.Equal(0, statistics.Lost);
        var documents = await statistics.ReadDaysAsync(records[0].State.DepartmentCode, default).ToListAsync();
        var month = Assert.Single(documents, d => d.Day.Month && d.Day.Day == DayPeriod.MonthOf(ChinaTime.DateOf(start)));
        Assert.Equal(CaseCount, month.Day.Counters[Counters.Received]);
        Assert.Equal(CaseCount, documents.Where(d => !d.Day.Month).Sum(d => d.Day.Counters.GetValueOrDefault(Counters.Received)));
    }

    /// <summary>The store, counting the writes refused because another had written the document since it was read.</summary>
    private sealed class RacesLost(IStatisticsStore store) : IStatisticsStore
    {
        private int _lost;

        public int Lost => _lost;

        public Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, bool month, CancellationToken cancellationToken) =>
            store.FindAsync(scope, day, month, cancellationToken);

        public Task<string> CreateAsync(StatisticsDay day, CancellationToken cancellationToken) => Counted(() => store.CreateAsync(day, cancellationToken));

        public Task<string> ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken) =>
            Counted(() => store.ReplaceAsync(day, eTag, cancellationToken));

        public Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken) => store.DeleteAsync(day, eTag, cancellationToken);

        public IAsyncEnumerable<DayCounters> ReadCountersAsync(
            string departmentCode, DateOnly lastMonth, IReadOnlyList<(DateOnly From, DateOnly To)> days, CancellationToken cancellationToken) =>
            store.ReadCountersAsync(departmentCode, lastMonth, days, cancellationToken);

        public IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, CancellationToken cancellationToken) =>
            store.ReadDaysAsync(departmentCode, cancellationToken);

        public Task<IReadOnlyList<CountedScope>> ListScopesAsync(CancellationToken cancellationToken) => store.ListScopesAsync(cancellationToken);

        private async Task<string> Counted(Func<Task<string>> write)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (e is PreconditionFailedException or ConflictException)
            {
                Interlocked.Increment(ref _lost);
                throw;
            }
        }
    }
}
