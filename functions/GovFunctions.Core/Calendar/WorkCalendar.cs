using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// The working-day calendar: Monday to Friday except public holidays, plus the weekend days announced as working
/// days (调休上班). Statutory limits are counted on it (行政许可法 第八十二条: limits in working days exclude statutory
/// holidays). A year whose State Council notice is published is reckoned on the notice; any other year is
/// <i>provisional</i>, reckoned on the law alone (<see cref="StatutoryHolidays"/>). A regional calendar adds the
/// holidays (and working days) its region publishes on top of the national ones; where a region publishes anything,
/// its years without a publication are provisional too.
/// </summary>
public sealed class WorkCalendar
{
    private readonly FrozenDictionary<int, YearDays> _published;
    private readonly FrozenDictionary<int, YearDays> _regional;
    private readonly ConcurrentDictionary<int, YearDays> _provisional = new();

    public WorkCalendar(IEnumerable<WorkCalendarYear> published, IEnumerable<WorkCalendarYear>? regional = null)
    {
        _published = published.ToFrozenDictionary(y => y.Year, YearDays.Of);
        _regional = (regional ?? []).ToFrozenDictionary(y => y.Year, YearDays.Of);
    }

    /// <summary>The years reckoned on a published notice.</summary>
    public IReadOnlyCollection<int> PublishedYears => _published.Keys;

    /// <summary>The State Council's notices shipped with the platform (cn-workdays.json): what a new store is seeded with.</summary>
    public static IReadOnlyList<WorkCalendarYear> ShippedYears { get; } = LoadShipped();

    /// <summary>The national calendar on the shipped notices alone.</summary>
    public static WorkCalendar Official { get; } = new(ShippedYears);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_regional.TryGetValue(day.Year, out var regional))
        {
            if (regional.Holidays.Contains(day))
            {
                return false;
            }

            if (regional.AdjustedWorkdays.Contains(day))
            {
                return true;
            }
        }

        var national = NationalYear(day.Year);
        if (national.AdjustedWorkdays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !national.Holidays.Contains(day);
    }

    /// <summary>Whether <paramref name="day"/> is reckoned without its notice: the national one, or the region's where it publishes any.</summary>
    public bool IsProvisional(DateOnly day) =>
        !_published.ContainsKey(day.Year) || (_regional.Count > 0 && !_regional.ContainsKey(day.Year));

    /// <summary>Whether a period from <paramref name="start"/> to its <paramref name="deadline"/> passes over any provisional day.</summary>
    public bool IsProvisional(DateTimeOffset start, DateTimeOffset deadline)
    {
        var from = ChinaTime.DateOf(start).Year;
        var to = LastDayOf(deadline).Year;
        for (var year = Math.Min(from, to); year <= Math.Max(from, to); year++)
        {
            if (IsProvisional(new DateOnly(year, 1, 1)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The one convention for "working days left" (warnings, views, work lists, public status): the working days
    /// after today up to and including the deadline's last day. Today is not counted, whether or not it is a working
    /// day and however much of it is left: on the last day 0 are left; the day after it, overdue, −1 (or fewer).
    /// </summary>
    public int WorkingDaysLeft(DateTimeOffset now, DateTimeOffset deadline) =>
        WorkingDaysBetween(ChinaTime.DateOf(now), LastDayOf(deadline));

    /// <summary>The year as this calendar reckons it nationally: its notice, or the law alone.</summary>
    public WorkCalendarYear NationalYearOf(int year) => NationalYear(year).Year;

    private YearDays NationalYear(int year) =>
        _published.TryGetValue(year, out var days) ? days : _provisional.GetOrAdd(year, y => YearDays.Of(StatutoryHolidays.ProvisionalYear(y)));

    private static IReadOnlyList<WorkCalendarYear> LoadShipped()
    {
        using var stream = typeof(WorkCalendar).Assembly.GetManifestResourceStream("GovFunctions.Core.Calendar.cn-workdays.json")
            ?? throw new InvalidOperationException("The embedded working-day calendar is missing.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateObject().Select(year => new WorkCalendarYear(
            int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture),
            ReadDates(year.Value, "holidays"),
            ReadDates(year.Value, "adjustedWorkdays"))
        {
            Notice = NoticeOf(year.Value),
        })];
    }

    /// <summary>The shipped notice; one whose document number was not given is named by its issuer and date.</summary>
    private static CalendarNotice NoticeOf(JsonElement year)
    {
        var publishedOn = DateOnly.ParseExact(year.GetProperty("publishedOn").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var number = year.GetProperty("documentNumber").GetString() ?? $"国务院办公厅通知（{publishedOn:yyyy-MM-dd}）";
        return new CalendarNotice(number, year.GetProperty("source").GetString()!, publishedOn);
    }

    private static IReadOnlyList<DateOnly> ReadDates(JsonElement year, string property) =>
        year.GetProperty(property).EnumerateArray()
            .Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private sealed record YearDays(WorkCalendarYear Year, FrozenSet<DateOnly> Holidays, FrozenSet<DateOnly> AdjustedWorkdays)
    {
        public static YearDays Of(WorkCalendarYear year) => new(year, year.Holidays.ToFrozenSet(), year.AdjustedWorkdays.ToFrozenSet());
    }
}

/// <summary>One year's days off and weekend working days, as a notice (or, provisional, the law) sets them.</summary>
public sealed record WorkCalendarYear(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays)
{
    /// <summary>The notice the year was published under; none for a provisional year.</summary>
    public CalendarNotice? Notice { get; init; }
}

/// <summary>A holiday notice: its document number (e.g. 国办发明电〔2024〕12号), title and date.</summary>
public sealed record CalendarNotice(string DocumentNumber, string Title, DateOnly PublishedOn);
