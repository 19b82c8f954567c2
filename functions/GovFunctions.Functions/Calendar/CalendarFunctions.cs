using GovFunctions.Api;
using GovFunctions.Api.Calendar;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Calendar;

/// <summary>The working-day calendar's HTTP triggers.</summary>
public sealed class CalendarFunctions(CalendarApi api)
{
    [Function(Operations.ListWorkCalendarYears)]
    public Task<IResult> ListWorkCalendarYears(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CalendarYears)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListWorkCalendarYears(request, cancellationToken);

    [Function(Operations.GetWorkCalendarYear)]
    public Task<IResult> GetWorkCalendarYear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CalendarYear)] HttpRequest request, string year, CancellationToken cancellationToken) =>
        api.GetWorkCalendarYear(request, year, cancellationToken);

    [Function(Operations.PublishWorkCalendarYear)]
    public Task<IResult> PublishWorkCalendarYear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.CalendarYear)] HttpRequest request, string year, CancellationToken cancellationToken) =>
        api.PublishWorkCalendarYear(request, year, cancellationToken);
}
