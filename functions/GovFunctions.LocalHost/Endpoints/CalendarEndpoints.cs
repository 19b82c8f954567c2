using GovFunctions.Api;
using GovFunctions.Api.Calendar;
using GovFunctions.Api.Http;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Calendar;

namespace GovFunctions.LocalHost.Endpoints;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("").WithTags("Working-day calendar");

        calendar.MapGet(Routes.CalendarYears, (HttpRequest request, CalendarApi handler, CancellationToken ct) => handler.ListWorkCalendarYears(request, ct))
            .WithName(Operations.ListWorkCalendarYears)
            .WithSummary("Lists the published calendar years (national and regional, newest version of each) and the provisional years ahead.")
            .ForAnyone()
            .Produces<CalendarYearList>();

        calendar.MapGet(Routes.CalendarYear, (HttpRequest request, string year, CalendarApi handler, CancellationToken ct) => handler.GetWorkCalendarYear(request, year, ct))
            .WithName(Operations.GetWorkCalendarYear)
            .WithSummary("One year as a region's clocks reckon it: holidays, weekend working days, provisional or on which notice, overlays and every version.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.CalendarRegion)
            .Produces<CalendarYearView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        calendar.MapPut(Routes.CalendarYear, (HttpRequest request, string year, CalendarApi handler, CancellationToken ct) => handler.PublishWorkCalendarYear(request, year, ct))
            .WithName(Operations.PublishWorkCalendarYear)
            .WithSummary("Publishes a year's holiday notice, nationally or for a region (a correction is a new version), and re-reckons the open cases it moves (admin). Safe to retry.")
            .ForCallers(PlatformRole.Admin)
            .Accepts<CalendarYearRequest>("application/json")
            .Produces<CalendarPublicationResult>()
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
