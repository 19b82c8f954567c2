using GovFunctions.Core.Calendar;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>Published calendar years on Cosmos DB, in one partition of the catalog container (see <see cref="CalendarDocument"/>).</summary>
public sealed class CosmosWorkCalendarStore(Container container) : IWorkCalendarStore
{
    public async Task<IReadOnlyList<PublishedCalendarYear>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await container.ReadPartitionAsync<CalendarDocument>(CalendarDocument.Partition, cancellationToken)).Select(d => d.Year)];

    public async Task AddAsync(PublishedCalendarYear year, CancellationToken cancellationToken)
    {
        var document = CalendarDocument.For(year);
        await container.CreateOrConflictAsync(document, document.PartitionKey,
            $"Version {year.Version} of the {year.Year} calendar of region {year.RegionCode} exists already.", cancellationToken);
    }
}
