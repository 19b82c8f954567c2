using GovFunctions.Core.Calendar;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// A published calendar year in the <c>catalog</c> container, beside the guides it is reference data with: every
/// version of every year and region in the one partition <c>calendar</c> (a handful of documents a year), id
/// <c>{regionCode}-{year}-v{version}</c>, so a version is created once and never replaced.
/// </summary>
internal sealed record CalendarDocument(string Id, string PartitionKey, PublishedCalendarYear Year)
{
    public const string Partition = "calendar";

    public static CalendarDocument For(PublishedCalendarYear year) => new($"{year.RegionCode}-{year.Year}-v{year.Version}", Partition, year);
}
