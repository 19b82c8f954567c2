namespace GovFunctions.Core.Calendar;

/// <summary>Where published calendar years live: every version of every year, national and regional (a few per year).</summary>
public interface IWorkCalendarStore
{
    Task<IReadOnlyList<PublishedCalendarYear>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new version; <see cref="Errors.ConflictException"/> when that version of that year and region exists.</summary>
    Task AddAsync(PublishedCalendarYear year, CancellationToken cancellationToken);
}
