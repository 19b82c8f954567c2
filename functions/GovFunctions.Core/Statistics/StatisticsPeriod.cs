using System.Globalization;
using System.Text.RegularExpressions;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Statistics;

/// <summary>The Beijing days a statistics query covers: a named period (a year, a quarter, a month, a day) or a range.</summary>
public static partial class StatisticsPeriod
{
    /// <param name="period"><c>2026</c>, <c>2026-Q4</c>, <c>2026-11</c> or <c>2026-11-05</c>; or none, and <paramref name="from"/>/<paramref name="to"/> (default: the last 30 days).</param>
    public static (DateOnly From, DateOnly To) Of(string? period, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (period is null)
        {
            return DayPeriod.Of(from, to, today);
        }

        if (from is not null || to is not null)
        {
            throw ValidationFailedException.For("period", "give either 'period' or 'from'/'to', not both.");
        }

        var match = Named().Match(period);
        if (!match.Success || !int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
        {
            throw ValidationFailedException.For("period", "must be a year (2026), a quarter (2026-Q4), a month (2026-11) or a day (2026-11-05), from 2000 to 2100.");
        }

        int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        try
        {
            return match switch
            {
                _ when match.Groups["quarter"].Success => Months(new DateOnly(year, (Part("quarter") - 1) * 3 + 1, 1), 3),
                _ when match.Groups["day"].Success => (new DateOnly(year, Part("month"), Part("day")), new DateOnly(year, Part("month"), Part("day"))),
                _ when match.Groups["month"].Success => Months(new DateOnly(year, Part("month"), 1), 1),
                _ => Months(new DateOnly(year, 1, 1), 12),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw ValidationFailedException.For("period", $"'{period}' is not a date.");
        }
    }

    /// <summary>The months that meet the period, each cut to it.</summary>
    public static IEnumerable<(string Month, DateOnly From, DateOnly To)> MonthsOf(DateOnly from, DateOnly to)
    {
        for (var start = DayPeriod.MonthOf(from); start <= to; start = start.AddMonths(1))
        {
            var end = DayPeriod.EndOfMonth(start);
            yield return (start.ToString("yyyy-MM", CultureInfo.InvariantCulture), start < from ? from : start, end > to ? to : end);
        }
    }

    private static (DateOnly, DateOnly) Months(DateOnly first, int months) => (first, first.AddMonths(months).AddDays(-1));

    [GeneratedRegex(@"^(?<year>\d{4})(-Q(?<quarter>[1-4])|-(?<month>\d{2})(-(?<day>\d{2}))?)?$")]
    private static partial Regex Named();
}
