using GovFunctions.Api;
using GovFunctions.Api.Http;
using GovFunctions.Api.Supervision;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Supervision;

namespace GovFunctions.LocalHost.Endpoints;

public static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Routes.SupervisionCards, (HttpRequest request, SupervisionApi handler, CancellationToken ct) => handler.ListSupervisionCards(request, ct))
            .WithTags("Supervision")
            .WithName(Operations.ListSupervisionCards)
            .WithSummary("电子监察: the open 黄牌/红牌 of a department (departmentCode: its own staff, supervisors over its region) or of a region and the regions below it (regionCode: supervisors of it or above it), newest first, each with the case, the rule, the time and any correction report awaiting review.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.RegionCode)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<CardList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet(Routes.SupervisionNotices, (HttpRequest request, SupervisionApi handler, CancellationToken ct) => handler.ListSupervisionNotices(request, ct))
            .WithTags("Supervision")
            .WithName(Operations.ListSupervisionNotices)
            .WithSummary("电子监察: the unanswered 督办单 issued to a department (departmentCode: its own staff, supervisors over its region) or issued in or escalated to a region (regionCode: supervisors of it or above it), or — with neither — those the calling supervisor issued; most urgent deadline first.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.RegionCode)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<NoticeList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet(Routes.SupervisionOverview, (HttpRequest request, SupervisionApi handler, CancellationToken ct) => handler.GetSupervisionOverview(request, ct))
            .WithTags("Supervision")
            .WithName(Operations.GetSupervisionOverview)
            .WithSummary("电子监察 dashboard of a region and the regions below it (regionCode, default the token's): open cases by colour, cards raised today for a clock turning yellow or red, the ten departments with the most red cases, open notices and cards — one call, from the lists.")
            .ForCallers(PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.RegionCode)
            .Produces<SupervisionOverview>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
