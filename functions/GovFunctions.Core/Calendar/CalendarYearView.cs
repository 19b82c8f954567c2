namespace GovFunctions.Core.Calendar;

/// <summary>
/// A year as a region's clocks reckon it: its days off on weekdays and its weekend working days (national and
/// regional together), whether it is provisional, the national notice (or, provisional, the law's festivals), the
/// regional overlays that apply, and every published version.
/// </summary>
public sealed record CalendarYearView(
    int Year,
    string RegionCode,
    bool Provisional,
    CalendarNotice? Notice,
    IReadOnlyList<DateOnly> WeekdayHolidays,
    IReadOnlyList<DateOnly> WeekendWorkdays,
    IReadOnlyList<DateOnly> NationalHolidays,
    IReadOnlyList<DateOnly> NationalAdjustedWorkdays,
    IReadOnlyList<Festival> StatutoryHolidays,
    IReadOnlyList<PublishedCalendarYear> RegionalOverlays,
    int WorkingDays,
    IReadOnlyList<PublishedCalendarYear> Versions);

/// <summary>One line of the calendar list: a published year and region with its newest version, or a provisional year.</summary>
public sealed record CalendarYearSummary(int Year, string RegionCode, bool Provisional, int? Version, int Versions, CalendarNotice? Notice, DateTimeOffset? PublishedAt)
{
    public static CalendarYearSummary Of(PublishedCalendarYear newest, IReadOnlyList<PublishedCalendarYear> all) =>
        new(newest.Year, newest.RegionCode, false, newest.Version, all.Count(v => v.RegionCode == newest.RegionCode && v.Year == newest.Year), newest.Notice, newest.PublishedAt);

    public static CalendarYearSummary ProvisionalOf(int year) => new(year, Regions.RegionDirectory.NationalCode, true, null, 0, null, null);
}

/// <summary>What publishing did: the version in force, whether it was a replay, and the open cases re-reckoned.</summary>
public sealed record CalendarPublicationResult(PublishedCalendarYear Publication, bool Replay, int CasesChecked, int CasesRereckoned, int CasesFailed)
{
    /// <summary>The cases whose deadlines moved, for a host that keeps their alarms elsewhere (Azure: one orchestration each).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> RereckonedCases { get; init; } = [];
}
