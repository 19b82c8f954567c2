using GovFunctions.Api;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Review;
using GovFunctions.Core.Review;

namespace GovFunctions.LocalHost.Endpoints;

public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").WithTags("Review");

        staff.MapPost(Routes.CasePreReview, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.PreReviewCase(request, caseNumber, ct))
            .WithName(Operations.PreReviewCase)
            .WithSummary("网上预审 by the accepting window: pass (on to acceptance) or return to the applicant's draft with a reason.")
            .Accepts<PreReviewCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseAcceptance, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.AcceptCase(request, caseNumber, ct))
            .WithName(Operations.AcceptCase)
            .WithSummary("受理 by the accepting window: starts the review clock and the first review step.")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseAcceptanceRefusal, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.RejectAcceptance(request, caseNumber, ct))
            .WithName(Operations.RejectAcceptance)
            .WithSummary("不予受理 by the accepting window, with the reason.")
            .Accepts<RefusalCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseSupplementRequest, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.RequestSupplement(request, caseNumber, ct))
            .WithName(Operations.RequestSupplement)
            .WithSummary("补正: lists every missing or defective material with reasons, once, within the acceptance limit.")
            .Accepts<SupplementRequestCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseSupplement, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.ProvideSupplement(request, caseNumber, ct))
            .WithName(Operations.ProvideSupplement)
            .WithTags("Cases")
            .WithSummary("The applicant declares the supplement complete after uploading every listed material; the acceptance clock starts again.")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseStepCompletion, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.CompleteReviewStep(request, caseNumber, ct))
            .WithName(Operations.CompleteReviewStep)
            .WithSummary("Completes the current review step with an opinion: forward to the next step or return to the previous one.")
            .Accepts<StepCompletionCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseSuspension, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.SuspendCase(request, caseNumber, ct))
            .WithName(Operations.SuspendCase)
            .WithSummary("中止 for a hearing, expert review, inspection, testing, appraisal or at the applicant's request: the review clock stops.")
            .Accepts<SuspensionCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseResumption, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.ResumeCase(request, caseNumber, ct))
            .WithName(Operations.ResumeCase)
            .WithSummary("恢复: the review clock runs again; the suspended working days move the deadlines on.")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseExtension, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.ExtendCase(request, caseNumber, ct))
            .WithName(Operations.ExtendCase)
            .WithSummary("延期, once, by an approver of the deciding department, within the limit, by at most the guide's extension days.")
            .Accepts<ExtensionCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseDecision, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.DecideCase(request, caseNumber, ct))
            .WithName(Operations.DecideCase)
            .WithSummary("办结 at the last step: approved or denied, with legal basis, reasons and the result document; starts the delivery clock.")
            .Accepts<DecisionCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();

        staff.MapPost(Routes.CaseDelivery, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.DeliverCase(request, caseNumber, ct))
            .WithName(Operations.DeliverCase)
            .WithSummary("送达 by the accepting window: window pickup, post (with tracking number) or electronic certificate.")
            .Accepts<DeliveryCommand>("application/json")
            .Produces<StaffCaseView>()
            .ProducesCommandProblems();
    }
}
