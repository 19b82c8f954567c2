using GovFunctions.Core.Calendar;

namespace GovFunctions.UnitTests.Calendar;

public class WorkCalendarTests
{
    private static readonly WorkCalendar Calendar = WorkCalendar.Official;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday, worked for the Spring Festival (调休)
    [InlineData("2025-01-28", false)] // Tuesday inside the Spring Festival
    [InlineData("2025-02-04", false)] // last day of the 2025 Spring Festival
    [InlineData("2025-02-08", true)]  // Saturday, worked
    [InlineData("2025-02-09", false)] // ordinary Sunday
    [InlineData("2025-10-08", false)] // Wednesday, last day of National Day 2025
    [InlineData("2025-10-11", true)]  // Saturday, worked
    [InlineData("2026-02-14", true)]  // Saturday before the 2026 Spring Festival, worked
    [InlineData("2026-02-23", false)] // Monday, last day of the 2026 Spring Festival
    [InlineData("2026-02-28", true)]  // Saturday, worked
    [InlineData("2026-09-20", true)]  // Sunday, worked for National Day 2026
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-11-23", true)]  // an ordinary Monday
    public void Knows_holidays_and_adjusted_working_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Theory]
    [InlineData("2025-01-24", 1, "2025-01-26")] // Friday + 1 lands on the worked Sunday
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")] // skips the whole Spring Festival week
    [InlineData("2025-09-26", 4, "2025-10-09")] // across National Day with its worked Sunday
    [InlineData("2026-02-12", 2, "2026-02-14")] // the worked Saturday counts
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-09-24", 1, "2026-09-28")] // Mid-Autumn weekend
    [InlineData("2026-09-30", 1, "2026-10-08")] // National Day week
    [InlineData("2026-11-23", 0, "2026-11-23")] // nothing to count: the start day itself
    [InlineData("2026-11-21", 1, "2026-11-23")] // a Saturday start counts from Monday
    public void Adds_working_days_counting_from_the_day_after(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2026-02-13", "2026-02-24", 2)] // the worked Saturday and the first day back
    [InlineData("2025-09-30", "2025-10-09", 1)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-27", "2026-11-23", -4)]
    public void Counts_working_days_between_dates(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void A_deadline_ends_at_midnight_Beijing_time_after_the_last_working_day()
    {
        var submitted = new DateTimeOffset(2026, 2, 12, 10, 0, 0, TimeSpan.FromHours(8));

        var deadline = Calendar.DeadlineAfter(submitted, 3);

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 16, 0, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void Reckons_the_calendar_date_in_Shanghai_not_UTC()
    {
        // 17:00 UTC on Thursday is already Friday in Beijing.
        var instant = new DateTimeOffset(2026, 2, 12, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(D("2026-02-13"), ChinaTime.DateOf(instant));
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateTimeOffset(2026, 2, 12, 15, 0, 0, TimeSpan.Zero), instant));
    }

    [Fact]
    public void A_year_without_a_notice_is_reckoned_on_the_law_and_says_so()
    {
        // 2027: 元旦 Friday 1 January; Monday 4 January is a working day, not an error.
        Assert.False(Calendar.IsWorkingDay(D("2027-01-01")));
        Assert.True(Calendar.IsWorkingDay(D("2027-01-04")));
        Assert.True(Calendar.IsProvisional(D("2027-01-04")));
        Assert.False(Calendar.IsProvisional(D("2026-12-31")));
        // Tue 29 to Thu 31 December, 元旦 off, 4 to 8 January, Monday 11 and Tuesday 12.
        Assert.Equal(D("2027-01-12"), Calendar.AddWorkingDays(D("2026-12-28"), 10));
    }

    [Fact]
    public void A_period_is_provisional_when_any_of_its_days_is()
    {
        var start = new DateTimeOffset(2026, 12, 21, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.True(Calendar.IsProvisional(start, Calendar.DeadlineAfter(start, 20)));
        Assert.False(Calendar.IsProvisional(start, Calendar.DeadlineAfter(start, 5)));
    }

    [Fact]
    public void Beyond_the_lunisolar_calendar_a_year_is_an_error_not_a_guess()
    {
        var missing = Assert.Throws<WorkCalendarYearMissingException>(() => Calendar.IsWorkingDay(D("2101-03-01")));
        Assert.Equal(2101, missing.Year);
    }

    [Fact]
    public void The_shipped_calendar_covers_2025_and_2026() =>
        Assert.Equal([2025, 2026], Calendar.PublishedYears.Order());

    [Theory]
    [InlineData("2026-12-01T09:00:00+08:00", "2026-12-04T00:00:00+08:00", 2)] // Tue → last day Thu: Wed, Thu
    [InlineData("2026-12-03T23:59:00+08:00", "2026-12-04T00:00:00+08:00", 0)] // the last day itself, to its last minute
    [InlineData("2026-12-05T10:00:00+08:00", "2026-12-08T00:00:00+08:00", 1)] // Saturday → last day Monday: Monday
    [InlineData("2026-12-04T00:00:00+08:00", "2026-12-04T00:00:00+08:00", -1)] // the day after: overdue
    public void Working_days_left_count_the_days_after_today_up_to_the_last_day(string now, string deadline, int left) =>
        Assert.Equal(left, Calendar.WorkingDaysLeft(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture)));
}
