using System.Collections.Frozen;
using System.Text.Json;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// The official working-day calendar: Monday to Friday except public holidays, plus the weekend
/// days announced as working days (调休上班). Statutory limits are counted on it
/// (行政许可法 第八十二条: limits in working days exclude statutory holidays).
/// </summary>
public sealed class WorkCalendar
{
    private readonly FrozenSet<int> _years;
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _adjustedWorkdays;

    public WorkCalendar(IEnumerable<WorkCalendarYear> years)
    {
        var list = years.ToList();
        _years = list.Select(y => y.Year).ToFrozenSet();
        _holidays = list.SelectMany(y => y.Holidays).ToFrozenSet();
        _adjustedWorkdays = list.SelectMany(y => y.AdjustedWorkdays).ToFrozenSet();
    }

    public IReadOnlyCollection<int> Years => _years;

    /// <summary>The calendar shipped with the platform (the State Council's notices, see cn-workdays.json).</summary>
    public static WorkCalendar Official { get; } = LoadOfficial();

    public bool IsWorkingDay(DateOnly day)
    {
        if (!_years.Contains(day.Year))
        {
            throw new WorkCalendarYearMissingException(day.Year);
        }

        if (_adjustedWorkdays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
    }

    /// <summary>
    /// The working day that ends a period of <paramref name="workingDays"/> starting on <paramref name="start"/>.
    /// The start day itself is not counted (民法典 第二百零一条: a period starts on the following day),
    /// so 0 days ends on the start day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The instant a limit of <paramref name="workingDays"/> runs out for something that started at
    /// <paramref name="start"/>: the end (midnight, Beijing time) of the last working day of the period.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays) =>
        ChinaTime.StartOf(AddWorkingDays(ChinaTime.DateOf(start), workingDays).AddDays(1));

    /// <summary>The last day a deadline (midnight after its last working day) leaves to work on.</summary>
    public static DateOnly LastDayOf(DateTimeOffset deadline) => ChinaTime.DateOf(deadline.AddTicks(-1));

    /// <summary>A deadline moved on by <paramref name="workingDays"/> working days: time paused or granted.</summary>
    public DateTimeOffset Extend(DateTimeOffset deadline, int workingDays) =>
        ChinaTime.StartOf(AddWorkingDays(LastDayOf(deadline), workingDays).AddDays(1));

    /// <summary>
    /// The first day from which at most <paramref name="workingDays"/> working days are left until <paramref name="end"/>
    /// (inclusive): the (N+1)-th working day counted back from <paramref name="end"/>.
    /// </summary>
    public DateOnly WorkingDaysBefore(DateOnly end, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = end;
        for (var counted = 0; ; day = day.AddDays(-1))
        {
            if (IsWorkingDay(day) && ++counted > workingDays)
            {
                return day;
            }
        }
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Working days between two instants, each taken on its Beijing calendar date.</summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        WorkingDaysBetween(ChinaTime.DateOf(from), ChinaTime.DateOf(to));

    public static WorkCalendar Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var years = new List<WorkCalendarYear>();
        foreach (var year in document.RootElement.EnumerateObject())
        {
            years.Add(new WorkCalendarYear(
                int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture),
                ReadDates(year.Value, "holidays"),
                ReadDates(year.Value, "adjustedWorkdays")));
        }

        return new WorkCalendar(years);
    }

    private static IReadOnlyList<DateOnly> ReadDates(JsonElement year, string property) =>
        year.GetProperty(property).EnumerateArray()
            .Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static WorkCalendar LoadOfficial()
    {
        using var stream = typeof(WorkCalendar).Assembly.GetManifestResourceStream("GovFunctions.Core.Calendar.cn-workdays.json")
            ?? throw new InvalidOperationException("The embedded working-day calendar is missing.");
        return Parse(stream);
    }
}

public sealed record WorkCalendarYear(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays);
