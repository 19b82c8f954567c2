using System.Runtime.CompilerServices;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>Days in memory with ETags that change on every write, as Cosmos DB's do.</summary>
internal sealed class InMemoryStatisticsStore : IStatisticsStore
{
    private readonly Dictionary<(CountedScope, DateOnly), StoredStatisticsDay> _days = [];
    private int _version;

    public IReadOnlyCollection<StoredStatisticsDay> Days => _days.Values;

    /// <summary>Called before each write: a test changes a day there to play a concurrent writer.</summary>
    public Action<StatisticsDay>? BeforeWrite { get; set; }

    public Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult(_days.GetValueOrDefault((scope, day)));

    public Task CreateAsync(StatisticsDay day, CancellationToken cancellationToken)
    {
        BeforeWrite?.Invoke(day);
        if (_days.ContainsKey((day.Scope, day.Day)))
        {
            throw new ConflictException("exists");
        }

        Put(day);
        return Task.CompletedTask;
    }

    public Task ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        BeforeWrite?.Invoke(day);
        RequireETag(day, eTag);
        Put(day);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        RequireETag(day, eTag);
        _days.Remove((day.Scope, day.Day));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<DayCounters> ReadCountersAsync(string departmentCode, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var stored in _days.Values.Where(d => d.Day.Scope.DepartmentCode == departmentCode && d.Day.Day <= to).ToList())
        {
            yield return new DayCounters(stored.Day.Scope, stored.Day.Day, stored.Day.Counters);
        }
    }

    public async IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var stored in _days.Values.Where(d => d.Day.Scope.DepartmentCode == departmentCode).ToList())
        {
            yield return stored;
        }
    }

    public Task<IReadOnlyList<CountedScope>> ListScopesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CountedScope>>([.. _days.Keys.Select(k => k.Item1).Distinct()]);

    /// <summary>Writes a day as it is, past every check: a test's corruption.</summary>
    public void Put(StatisticsDay day) => _days[(day.Scope, day.Day)] = new StoredStatisticsDay(day, $"\"{++_version}\"");

    private void RequireETag(StatisticsDay day, string eTag)
    {
        if (!_days.TryGetValue((day.Scope, day.Day), out var stored) || stored.ETag != eTag)
        {
            throw new PreconditionFailedException("changed");
        }
    }
}
