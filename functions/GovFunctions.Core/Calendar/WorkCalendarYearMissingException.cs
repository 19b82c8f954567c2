namespace GovFunctions.Core.Calendar;

/// <summary>
/// The holiday calendar has no data for a year: a working-day count there would be a guess,
/// so the platform refuses instead. Add the State Council's notice for that year to cn-workdays.json.
/// </summary>
public sealed class WorkCalendarYearMissingException(int year)
    : InvalidOperationException($"The working-day calendar has no data for {year}; add that year's official holiday notice.")
{
    public int Year { get; } = year;
}
