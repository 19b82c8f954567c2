namespace GovFunctions.Core.Statistics;

/// <summary>
/// Where the supervision counters live: one document per scope and day in the partition of the scope's department,
/// and an index of every scope ever counted, which the region, item and platform queries start from.
/// </summary>
public interface IStatisticsStore
{
    Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Stores a new day (and notes its scope in the index); <see cref="Errors.ConflictException"/> when it exists.</summary>
    Task CreateAsync(StatisticsDay day, CancellationToken cancellationToken);

    /// <summary>Replaces a day if unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken);

    /// <summary>Removes a day if unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken);

    /// <summary>The counters of a department's days up to <paramref name="to"/>, one single-partition query.</summary>
    IAsyncEnumerable<DayCounters> ReadCountersAsync(string departmentCode, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Every stored day of a department, whole: for the rebuild.</summary>
    IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, CancellationToken cancellationToken);

    /// <summary>Every scope that has counters.</summary>
    Task<IReadOnlyList<CountedScope>> ListScopesAsync(CancellationToken cancellationToken);
}
