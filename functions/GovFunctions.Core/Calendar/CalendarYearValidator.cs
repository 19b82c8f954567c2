using System.Globalization;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// Checks a year to publish, naming each bad field: every date inside the year; weekend working days (调休) on a
/// Saturday or Sunday; no day both; a national notice keeps every statutory holiday of the law; a region exists
/// and publishes at least one day.
/// </summary>
public sealed class CalendarYearValidator(RegionDirectory regions)
{
    public const int MaxHolidays = 60;
    public const int MaxAdjustedWorkdays = 20;
    public const int MaxDocumentNumberLength = 100;
    public const int MaxTitleLength = 300;

    public (string RegionCode, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays, CalendarNotice Notice) Validate(
        int year, CalendarYearRequest? request, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (request is null)
        {
            throw ValidationFailedException.For("", "must be an object with holidays, adjustedWorkdays and notice.");
        }

        if (!StatutoryHolidays.Covers(year))
        {
            errors.Add("year", $"must be from {StatutoryHolidays.FirstYear} to {StatutoryHolidays.LastYear}.");
        }

        var regionCode = request.RegionCode ?? RegionDirectory.NationalCode;
        var national = regionCode == RegionDirectory.NationalCode;
        if (!national && !regions.Contains(regionCode))
        {
            errors.Add("regionCode", $"there is no region {regionCode}.");
        }

        var holidays = Dates(errors, "holidays", request.Holidays, year, MaxHolidays);
        var adjusted = Dates(errors, "adjustedWorkdays", request.AdjustedWorkdays, year, MaxAdjustedWorkdays);
        for (var i = 0; i < adjusted.Count; i++)
        {
            if (adjusted[i] is { } day && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add($"adjustedWorkdays[{i}]", $"{day:yyyy-MM-dd} is a {day.DayOfWeek}: only a Saturday or Sunday can be made a working day.");
            }
            else if (adjusted[i] is { } both && holidays.Contains(both))
            {
                errors.Add($"adjustedWorkdays[{i}]", $"{both:yyyy-MM-dd} is also listed as a holiday.");
            }
        }

        if (national && StatutoryHolidays.Covers(year))
        {
            foreach (var festival in StatutoryHolidays.Of(year))
            {
                var missing = festival.Days.Where(d => !holidays.Contains(d)).ToList();
                if (missing.Count > 0)
                {
                    errors.Add("holidays", $"must include every statutory day of {festival.Name} (《全国年节及纪念日放假办法》): missing {string.Join(", ", missing.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.");
                }
            }
        }
        else if (!national && holidays.Count == 0 && adjusted.Count == 0)
        {
            errors.Add("holidays", "a regional publication lists at least one holiday or working day.");
        }

        var notice = Notice(errors, request.Notice, today);
        errors.ThrowIfAny();
        return (regionCode, [.. holidays.OfType<DateOnly>().Order()], [.. adjusted.OfType<DateOnly>().Order()], notice!);
    }

    private static List<DateOnly?> Dates(ValidationErrors errors, string field, IReadOnlyList<string?>? values, int year, int max)
    {
        var dates = new List<DateOnly?>();
        if (values is null)
        {
            errors.Add(field, "is required (an empty list where there are none).");
            return dates;
        }

        if (values.Count > max)
        {
            errors.Add(field, $"must list at most {max} days.");
            return dates;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var name = $"{field}[{i}]";
            if (!DateOnly.TryParseExact(values[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(name, "must be a date, yyyy-MM-dd.");
                dates.Add(null);
            }
            else if (day.Year != year)
            {
                errors.Add(name, $"{values[i]} is not in {year}.");
                dates.Add(null);
            }
            else if (dates.Contains(day))
            {
                errors.Add(name, $"{values[i]} is listed twice.");
                dates.Add(null);
            }
            else
            {
                dates.Add(day);
            }
        }

        return dates;
    }

    private static CalendarNotice? Notice(ValidationErrors errors, NoticeRequest? notice, DateOnly today)
    {
        if (notice is null)
        {
            errors.Add("notice", "is required: the notice's documentNumber, title and publishedOn.");
            return null;
        }

        var numberOk = errors.RequireText("notice.documentNumber", notice.DocumentNumber, MaxDocumentNumberLength);
        var titleOk = errors.RequireText("notice.title", notice.Title, MaxTitleLength);
        if (!DateOnly.TryParseExact(notice.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var publishedOn))
        {
            errors.Add("notice.publishedOn", "must be a date, yyyy-MM-dd.");
            return null;
        }

        if (publishedOn > today)
        {
            errors.Add("notice.publishedOn", "cannot be later than today.");
        }

        return numberOk && titleOk ? new CalendarNotice(notice.DocumentNumber!.Trim(), notice.Title!.Trim(), publishedOn) : null;
    }
}
