using System.Globalization;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// The national statutory holidays of 《全国年节及纪念日放假办法》 as revised in November 2024 (in force 1 January 2025):
/// 元旦 1 day, 春节 4 (除夕 to 正月初三), 清明节 1 (the day of the solar term), 劳动节 2 (1–2 May), 端午节 1 (五月初五),
/// 中秋节 1 (八月十五), 国庆节 3 (1–3 October). Article 6: a holiday that falls on a Saturday or Sunday is made up on a
/// working day (补假), here the first working days after the festival. What a provisional year is reckoned on until the
/// State Council's notice for it is published; the notice's bridging days and weekend working days (调休) cannot be
/// foreseen.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The first year the revised 办法 governs.</summary>
    public const int FirstYear = 2025;

    /// <summary>The last year the lunisolar calendar reaches (<see cref="ChineseLunisolarCalendar"/> ends in January 2101).</summary>
    public const int LastYear = 2100;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>Each festival of the year with its statutory days, in date order.</summary>
    public static IReadOnlyList<Festival> Of(int year)
    {
        if (!Covers(year))
        {
            throw new WorkCalendarYearMissingException(year);
        }

        var newYear = DateOnly.FromDateTime(Lunar.ToDateTime(year, 1, 1, 0, 0, 0, 0));
        return
        [
            new("元旦", [new DateOnly(year, 1, 1)]),
            new("春节", [newYear.AddDays(-1), newYear, newYear.AddDays(1), newYear.AddDays(2)]),
            new("清明节", [SolarTerms.QingmingOf(year)]),
            new("劳动节", [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)]),
            new("端午节", [LunarDate(year, 5, 5)]),
            new("中秋节", [LunarDate(year, 8, 15)]),
            new("国庆节", [new DateOnly(year, 10, 1), new DateOnly(year, 10, 2), new DateOnly(year, 10, 3)]),
        ];
    }

    /// <summary>
    /// A year as the law alone sets it: the statutory days, and for each of them that falls on a weekend (第六条) or on
    /// another festival's day a day made up on the first weekday after its festival that is not a holiday already. No 调休.
    /// </summary>
    public static WorkCalendarYear ProvisionalYear(int year)
    {
        var holidays = new SortedSet<DateOnly>();
        foreach (var festival in Of(year).OrderBy(f => f.Days[0]))
        {
            // A day lost to a weekend, or to another festival on the same day (中秋 in 国庆, as in 2028), is made up.
            var makeUp = festival.Days.Count(d => IsWeekend(d) || holidays.Contains(d));
            holidays.UnionWith(festival.Days);
            for (var day = festival.Days[^1].AddDays(1); makeUp > 0; day = day.AddDays(1))
            {
                if (!IsWeekend(day) && holidays.Add(day))
                {
                    makeUp--;
                }
            }
        }

        return new WorkCalendarYear(year, [.. holidays], []);
    }

    private static DateOnly LunarDate(int year, int month, int day)
    {
        // In a leap year the leap month takes an index of its own: from it on, a month's index is one more than its number.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>A statutory festival and the days the law gives it.</summary>
public sealed record Festival(string Name, IReadOnlyList<DateOnly> Days);
