using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// One version of a year's calendar as an administrator published it from a notice: nationally
/// (<see cref="RegionDirectory.NationalCode"/>, the State Council's notice) or for a region, whose extra holidays and
/// working days apply to the clocks of cases accepted in it and below it. A correction is a new version; every
/// version is kept.
/// </summary>
public sealed record PublishedCalendarYear(
    string RegionCode,
    int Year,
    int Version,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> AdjustedWorkdays,
    CalendarNotice Notice,
    DateTimeOffset PublishedAt,
    string PublishedBy)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsNational => RegionCode == RegionDirectory.NationalCode;

    public WorkCalendarYear ToYear() => new(Year, Holidays, AdjustedWorkdays) { Notice = Notice };

    /// <summary>Whether <paramref name="other"/> says the same days under the same notice: publishing it again is a replay.</summary>
    public bool SaysTheSameAs(PublishedCalendarYear other) =>
        Holidays.Order().SequenceEqual(other.Holidays.Order()) && AdjustedWorkdays.Order().SequenceEqual(other.AdjustedWorkdays.Order()) && Notice == other.Notice;
}
