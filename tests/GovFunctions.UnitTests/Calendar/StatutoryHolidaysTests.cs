using GovFunctions.Core.Calendar;

namespace GovFunctions.UnitTests.Calendar;

public class StatutoryHolidaysTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_statutory_holiday_of_an_official_year_comes_out_of_the_law(int year)
    {
        var official = WorkCalendar.ShippedYears.Single(y => y.Year == year);
        var computed = StatutoryHolidays.Of(year).SelectMany(f => f.Days).ToList();

        Assert.Equal(13, computed.Count);
        Assert.All(computed, day => Assert.Contains(day, official.Holidays));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_day_made_up_for_a_weekend_holiday_is_off_in_the_official_year_too(int year)
    {
        var official = WorkCalendar.ShippedYears.Single(y => y.Year == year);
        var provisional = StatutoryHolidays.ProvisionalYear(year);

        Assert.All(provisional.Holidays, day => Assert.Contains(day, official.Holidays));
        Assert.Empty(provisional.AdjustedWorkdays);
    }

    [Theory]
    [InlineData(2025, "2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06")]
    [InlineData(2026, "2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25")]
    [InlineData(2027, "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03")]
    public void Lunar_festivals_and_qingming_fall_on_their_days(int year, string eve, string qingming, string dragonBoat, string midAutumn)
    {
        var festivals = StatutoryHolidays.Of(year).ToDictionary(f => f.Name, f => f.Days);

        Assert.Equal(D(eve), festivals["春节"][0]);
        Assert.Equal(D(eve).AddDays(3), festivals["春节"][^1]);
        Assert.Equal(D(qingming), festivals["清明节"].Single());
        Assert.Equal(D(dragonBoat), festivals["端午节"].Single());
        Assert.Equal(D(midAutumn), festivals["中秋节"].Single());
    }

    [Theory]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    public void Qingming_is_computed_from_the_sun_not_tabled(int year, string expected) =>
        Assert.Equal(D(expected), SolarTerms.QingmingOf(year));

    [Fact]
    public void A_festival_on_another_festivals_day_is_made_up()
    {
        // 2028: 中秋 Tuesday 3 October, inside 国庆 (Sunday 1 to Tuesday 3): Sunday and the shared Tuesday are made up.
        var year = StatutoryHolidays.ProvisionalYear(2028);

        Assert.Contains(D("2028-10-04"), year.Holidays);
        Assert.Contains(D("2028-10-05"), year.Holidays);
        Assert.DoesNotContain(D("2028-10-06"), year.Holidays);
    }

    [Fact]
    public void A_weekend_holiday_is_made_up_on_the_first_free_weekday_after_its_festival()
    {
        // 2027: 春节 除夕 Friday 5 Feb to 初三 Monday 8 Feb; Saturday and Sunday are made up on Tuesday and Wednesday.
        var year = StatutoryHolidays.ProvisionalYear(2027);

        Assert.Contains(D("2027-02-09"), year.Holidays);
        Assert.Contains(D("2027-02-10"), year.Holidays);
        Assert.DoesNotContain(D("2027-02-11"), year.Holidays);
        // 国庆 Friday 1 to Sunday 3 October: Saturday and Sunday made up on Monday 4 and Tuesday 5.
        Assert.Contains(D("2027-10-04"), year.Holidays);
        Assert.Contains(D("2027-10-05"), year.Holidays);
    }

    [Fact]
    public void The_law_reaches_every_year_to_2100_with_thirteen_days_off_inside_the_year()
    {
        for (var year = StatutoryHolidays.FirstYear; year <= StatutoryHolidays.LastYear; year++)
        {
            var days = StatutoryHolidays.Of(year).SelectMany(f => f.Days).ToList();
            Assert.Equal(13, days.Count);
            // Days lost to a coincidence of festivals are made up, so 13 weekdays are off whatever the year.
            Assert.Equal(13, StatutoryHolidays.ProvisionalYear(year).Holidays.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
            Assert.All(days, d => Assert.Equal(year, d.Year));
            Assert.InRange(StatutoryHolidays.Of(year).Single(f => f.Name == "清明节").Days[0].Day, 4, 6);
        }
    }
}
