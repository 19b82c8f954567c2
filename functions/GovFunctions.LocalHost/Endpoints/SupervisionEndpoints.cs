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

        api.MapPost(Routes.DepartmentNotices, (HttpRequest request, SupervisionApi handler, CancellationToken ct) => handler.IssueDepartmentNotice(request, ct))
            .WithTags("Supervision")
            .WithName(Operations.IssueDepartmentNotice)
            .WithSummary("督办 on a department: a supervisor of the department's region (or one above it) requires the department to act on its work as a whole — departmentCode, reason, requirement and a response limit of 1 to 20 working days on the department's regional calendar. It opens a supervision file numbered like a case (basic code DB00000000), listed with the notices on cases; unanswered at its deadline it is escalated to the supervision level above. Send an Idempotency-Key to retry safely: the same key and body answer the file opened.")
            .ForCallers(PlatformRole.Supervisor)
            .WithHeaderParameter(ApiParameters.IdempotencyKey)
            .Accepts<DepartmentNoticeCommand>("application/json")
            .Produces<DepartmentNoticeView>(StatusCodes.Status201Created)
            .WithAnswerHeaders(StatusCodes.Status201Created, ContractHeaders.ETag, ContractHeaders.Location)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet(Routes.DepartmentNotice, (HttpRequest request, string number, SupervisionApi handler, CancellationToken ct) => handler.GetDepartmentNotice(request, number, ct))
            .WithTags("Supervision")
            .WithName(Operations.GetDepartmentNotice)
            .WithSummary("A supervision file: the notice on the department and every action on it with who and when (issued, answered, escalated). For the department's own staff and the supervisors over its region; anyone else 404.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .Produces<DepartmentNoticeView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost(Routes.DepartmentNoticeAnswer, (HttpRequest request, string number, SupervisionApi handler, CancellationToken ct) => handler.AnswerDepartmentNotice(request, number, ct))
            .WithTags("Supervision")
            .WithName(Operations.AnswerDepartmentNotice)
            .WithSummary("The answer to a 督办单 on a department, by its head (approver): what was done. An answer after the deadline is taken and marked late.")
            .ForCallers(PlatformRole.Approver)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Accepts<NoticeAnswerCommand>("application/json")
            .Produces<DepartmentNoticeView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesCommandProblems();

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
