using System.Runtime.CompilerServices;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>Days in memory with ETags that change on every write, as Cosmos DB's do.</summary>
internal sealed class InMemoryStatisticsStore : IStatisticsStore
{
    private readonly Dictionary<(CountedScope, DateOnly, bool), StoredStatisticsDay> _days = [];
    private int _version;

    public IReadOnlyCollection<StoredStatisticsDay> Days => _days.Values;

    /// <summary>Called before each write: a test changes a day there to play a concurrent writer.</summary>
    public Action<StatisticsDay>? BeforeWrite { get; set; }

    /// <summary>How many times a day or month was read.</summary>
    public int Finds { get; private set; }

    /// <summary>How many times a day or month was created or replaced.</summary>
    public int Writes { get; private set; }

    /// <summary>Each write waits for this first: a test holds writes back to see what waits on them.</summary>
    public Task WritesWaitFor { get; set; } = Task.CompletedTask;

    public Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, bool month, CancellationToken cancellationToken)
    {
        Finds++;
        return Task.FromResult(_days.GetValueOrDefault((scope, day, month)));
    }

    public async Task<string> CreateAsync(StatisticsDay day, CancellationToken cancellationToken)
    {
        await WritesWaitFor;
        lock (_days)
        {
            Writes++;
            BeforeWrite?.Invoke(day);
            if (_days.ContainsKey(Key(day)))
            {
                throw new ConflictException("exists");
            }

            return Put(day);
        }
    }

    public async Task<string> ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        await WritesWaitFor;
        lock (_days)
        {
            Writes++;
            BeforeWrite?.Invoke(day);
            RequireETag(day, eTag);
            return Put(day);
        }
    }

    public Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        RequireETag(day, eTag);
        _days.Remove(Key(day));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<DayCounters> ReadCountersAsync(
        string departmentCode, DateOnly lastMonth, IReadOnlyList<(DateOnly From, DateOnly To)> days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var stored in _days.Values.Where(d => d.Day.Scope.DepartmentCode == departmentCode).ToList())
        {
            var day = stored.Day;
            if (day.Month ? day.Day <= lastMonth : days.Any(r => day.Day >= r.From && day.Day <= r.To))
            {
                yield return new DayCounters(day.Scope, day.Day, day.Counters) { Month = day.Month };
            }
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
    public string Put(StatisticsDay day)
    {
        var stored = new StoredStatisticsDay(day, $"\"{++_version}\"");
        _days[Key(day)] = stored;
        return stored.ETag;
    }

    private static (CountedScope, DateOnly, bool) Key(StatisticsDay day) => (day.Scope, day.Day, day.Month);

    private void RequireETag(StatisticsDay day, string eTag)
    {
        if (!_days.TryGetValue(Key(day), out var stored) || stored.ETag != eTag)
        {
            throw new PreconditionFailedException("changed");
        }
    }
}
