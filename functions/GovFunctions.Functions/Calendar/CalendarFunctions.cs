using GovFunctions.Api;
using GovFunctions.Api.Calendar;
using Microsoft.AspNetCore.Http;
using GovFunctions.Functions.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

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

    /// <summary>Publishes, then wakes the alarm orchestration of every case whose deadlines moved, so it re-reads them now.</summary>
    [Function(Operations.PublishWorkCalendarYear)]
    public Task<IResult> PublishWorkCalendarYear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.CalendarYear)] HttpRequest request, string year,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        api.PublishWorkCalendarYear(request, year, cancellationToken, (caseNumber, ct) => CaseAlarmOrchestration.RescheduleAsync(durable, caseNumber, ct));
}
