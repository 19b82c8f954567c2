using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Calendar;

/// <summary>The Beijing days a list is asked for (<c>from</c>..<c>to</c>): by default the 30 days up to today, at most <see cref="MaxDays"/>.</summary>
public static class DayPeriod
{
    public const int MaxDays = 366;

    /// <summary>The first day of the month <paramref name="day"/> falls in.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The last day of the month <paramref name="day"/> falls in.</summary>
    public static DateOnly EndOfMonth(DateOnly day) => MonthOf(day).AddMonths(1).AddDays(-1);

    public static (DateOnly From, DateOnly To) Of(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var last = to ?? today;
        var first = from ?? last.AddDays(-29);
        var errors = new ValidationErrors();
        if (first > last)
        {
            errors.Add("from", "must not be after 'to'.");
        }
        else if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            errors.Add("from", $"the period is at most {MaxDays} days.");
        }

        errors.ThrowIfAny();
        return (first, last);
    }
}
