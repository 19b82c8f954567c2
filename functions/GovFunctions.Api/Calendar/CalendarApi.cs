using System.Globalization;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Calendar;

/// <summary>The working-day calendar: anyone reads a year (published or provisional); administrators publish notices.</summary>
public sealed class CalendarApi(WorkCalendarService calendars)
{
    private const long MaxBodyBytes = 64 * 1024;

    public async Task<IResult> ListWorkCalendarYears(HttpRequest request, CancellationToken cancellationToken) =>
        Results.Ok(new CalendarYearList(await calendars.ListAsync(cancellationToken)));

    public async Task<IResult> GetWorkCalendarYear(HttpRequest request, string year, CancellationToken cancellationToken) =>
        Results.Ok(await calendars.GetAsync(YearOf(year), RequestParameters.Text(request, ApiParameters.CalendarRegion), cancellationToken));

    /// <param name="rescheduleCase">Where a host keeps each case's alarms apart from the case (Azure), how to tell one to re-read them.</param>
    public async Task<IResult> PublishWorkCalendarYear(
        HttpRequest request, string year, CancellationToken cancellationToken, Func<string, CancellationToken, Task>? rescheduleCase = null)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var number = YearOf(year);
        var body = await JsonBody.ReadAsync<CalendarYearRequest>(request, cancellationToken, MaxBodyBytes);
        var result = await calendars.PublishAsync(caller, number, body, cancellationToken);
        if (rescheduleCase is not null)
        {
            foreach (var caseNumber in result.RereckonedCases)
            {
                await rescheduleCase(caseNumber, cancellationToken);
            }
        }

        return Results.Ok(result);
    }

    private static int YearOf(string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new NotFoundException($"There is no calendar year '{year}'.");
}

public sealed record CalendarYearList(IReadOnlyList<CalendarYearSummary> Years);
