namespace GovFunctions.Core.Statistics;

/// <summary>
/// Where the supervision counters live: one document per scope and day in the partition of the scope's department,
/// and an index of every scope ever counted, which the region, item and platform queries start from.
/// </summary>
public interface IStatisticsStore
{
    /// <summary>The day, or with <paramref name="month"/> the month <paramref name="day"/> begins.</summary>
    Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, bool month, CancellationToken cancellationToken);

    /// <summary>Stores a new day (and notes its scope in the index), answering its ETag; <see cref="Errors.ConflictException"/> when it exists.</summary>
    Task<string> CreateAsync(StatisticsDay day, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a day if unchanged since <paramref name="eTag"/>, answering its new ETag; <see cref="Errors.PreconditionFailedException"/>
    /// otherwise, a day removed since included.
    /// </summary>
    Task<string> ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken);

    /// <summary>Removes a day if unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken);

    /// <summary>
    /// A department's months beginning up to <paramref name="lastMonth"/>, and its days inside <paramref name="days"/>
    /// (inclusive ranges): one single-partition query.
    /// </summary>
    IAsyncEnumerable<DayCounters> ReadCountersAsync(
        string departmentCode, DateOnly lastMonth, IReadOnlyList<(DateOnly From, DateOnly To)> days, CancellationToken cancellationToken);

    /// <summary>Every stored day and month of a department, whole: for the rebuild.</summary>
    IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, CancellationToken cancellationToken);

    /// <summary>Every scope that has counters.</summary>
    Task<IReadOnlyList<CountedScope>> ListScopesAsync(CancellationToken cancellationToken);
}
