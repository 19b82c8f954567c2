using GovFunctions.Api;
using GovFunctions.Api.Complaints;
using GovFunctions.Api.Http;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;

namespace GovFunctions.LocalHost.Endpoints;

public static class ComplaintEndpoints
{
    /// <summary>Counted towards the public lookup quotas: each answer states them, a 429 says when to retry.</summary>
    private static RouteHandlerBuilder RateLimited(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
        .WithAnswerHeaders(StatusCodes.Status404NotFound, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
        .WithAnswerHeaders(StatusCodes.Status429TooManyRequests, ContractHeaders.RetryAfter, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit);

    public static void MapComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("").WithTags("Complaints");

        complaints.MapPost(Routes.Complaints, (HttpRequest request, ComplaintApi handler, CancellationToken ct) => handler.FileComplaint(request, ct))
            .WithName(Operations.FileComplaint)
            .WithSummary("投诉: about one's own case (about=case, caseNumber; signed in as its applicant), a department (departmentCode), a window (departmentCode, window) or a service item (itemCode); anonymous complainants must leave a contact (channel phone, email or post, and value). publishable: the question and answer may be published de-identified once closed. The answer carries the number and query code to follow it with; the supervision of the department's region accepts or declines it within Complaints:AcceptanceWorkingDays (5). Send an Idempotency-Key to retry safely: the same key and body answer the complaint filed.")
            .ForAnyone(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IdempotencyKey)
            .Accepts<ComplaintCommand>("application/json")
            .Produces<ComplaintView>(StatusCodes.Status201Created)
            .WithAnswerHeaders(StatusCodes.Status201Created, ContractHeaders.ETag, ContractHeaders.Location)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        complaints.MapGet(Routes.Complaint, (HttpRequest request, string number, ComplaintApi handler, CancellationToken ct) => handler.GetComplaint(request, number, ct))
            .WithName(Operations.GetComplaint)
            .WithSummary("A complaint: for its signed-in complainant or anyone with its number and queryCode (the contact masked), the staff of the department concerned or assigned and the supervisors of its region (with the contact). Anyone else 404; wrong codes count towards the public lookup quotas.")
            .ForAnyone(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.QueryCodeParameter)
            .Produces<ComplaintView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RateLimited();

        complaints.MapGet(Routes.SupervisionComplaints, (HttpRequest request, ComplaintApi handler, CancellationToken ct) => handler.ListComplaints(request, ct))
            .WithName(Operations.ListComplaints)
            .WithSummary("投诉 work, most urgent first: a region's (regionCode: its supervisors and those above — to accept, to assign, answers to review, clocks turned yellow or red) or a department's (departmentCode: its staff and the supervisors over it — assigned, to answer).")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.RegionCode)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<ComplaintList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        RouteHandlerBuilder Command<TBody>(string route, string name, string summary, PlatformRole[] callers, Func<ComplaintApi, HttpRequest, string, CancellationToken, Task<IResult>> handle)
            where TBody : notnull =>
            complaints.MapPost(route, (HttpRequest request, string number, ComplaintApi handler, CancellationToken ct) => handle(handler, request, number, ct))
                .WithName(name)
                .WithSummary(summary)
                .ForCallers(callers)
                .WithHeaderParameter(ApiParameters.IfMatch)
                .Accepts<TBody>("application/json")
                .Produces<ComplaintView>()
                .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
                .ProducesCommandProblems();

        PlatformRole[] supervisor = [PlatformRole.Supervisor];
        Command<ComplaintTextCommand>(Routes.ComplaintAcceptance, Operations.AcceptComplaint,
            "Supervision of the complaint's region (or above) accepts it (text: an optional note); it is then to be assigned.", supervisor, (h, r, n, ct) => h.AcceptComplaint(r, n, ct));
        Command<ComplaintTextCommand>(Routes.ComplaintRefusal, Operations.DeclineComplaint,
            "不予受理: supervision declines the complaint with its reasons (text); closed, and the complainant may rate the handling.", supervisor, (h, r, n, ct) => h.DeclineComplaint(r, n, ct));
        Command<ComplaintAssignmentCommand>(Routes.ComplaintAssignment, Operations.AssignComplaint,
            "Supervision gives the accepted complaint to a department of its region (departmentCode), which answers within Complaints:HandlingWorkingDays (15); the handling clock warns, goes overdue and escalates like a case's.", supervisor, (h, r, n, ct) => h.AssignComplaint(r, n, ct));
        Command<ComplaintTextCommand>(Routes.ComplaintAnswer, Operations.AnswerComplaint,
            "The head (approver) of the assigned department answers (text); supervision then closes the complaint or returns the answer.", [PlatformRole.Approver], (h, r, n, ct) => h.AnswerComplaint(r, n, ct));
        Command<ComplaintTextCommand>(Routes.ComplaintClosure, Operations.CloseComplaint,
            "Supervision closes the answered complaint (text: its conclusion); published de-identified when the complainant agreed.", supervisor, (h, r, n, ct) => h.CloseComplaint(r, n, ct));
        Command<ComplaintTextCommand>(Routes.ComplaintAnswerReturn, Operations.ReturnComplaintAnswer,
            "Supervision sends the answer back with its reasons (text); the department answers again within a new handling limit.", supervisor, (h, r, n, ct) => h.ReturnComplaintAnswer(r, n, ct));

        complaints.MapPost(Routes.ComplaintRating, (HttpRequest request, string number, ComplaintApi handler, CancellationToken ct) => handler.RateComplaintHandling(request, number, ct))
            .WithName(Operations.RateComplaintHandling)
            .WithSummary("The complainant rates, once, how a closed or declined complaint was handled (satisfied, basicallySatisfied, dissatisfied): signed in, or with the number and queryCode.")
            .ForAnyone(PlatformRole.Applicant)
            .WithQueryParameter(ApiParameters.QueryCodeParameter)
            .Accepts<HandlingRatingCommand>("application/json")
            .Produces<ComplaintView>()
            .ProducesCommandProblems()
            .RateLimited();

        complaints.MapGet(Routes.PublishedComplaints, (HttpRequest request, ComplaintApi handler, CancellationToken ct) => handler.ListPublishedComplaints(request, ct))
            .WithTags("Public")
            .WithName(Operations.ListPublishedComplaints)
            .WithSummary("The closed complaints about a department (departmentCode) whose complainants agreed to publication, newest first: what they were about (never which case), the question and the answer, long numbers masked, nothing of the complainant.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<PublishedComplaintList>()
            .ProducesValidationProblem();
    }
}
