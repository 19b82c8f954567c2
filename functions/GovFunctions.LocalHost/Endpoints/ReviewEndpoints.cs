using GovFunctions.Api;
using GovFunctions.Api.Http;
using GovFunctions.Api.Review;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;

namespace GovFunctions.LocalHost.Endpoints;

public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("").WithTags("Review");

        // Every command is a POST on the case that answers the new staff view with its ETag.
        static RouteHandlerBuilder Described(RouteHandlerBuilder command, string name, string summary, PlatformRole[] callers) => command
            .WithName(name)
            .WithSummary(summary)
            .ForCallers(callers)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Produces<StaffCaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesCommandProblems();

        RouteHandlerBuilder Command(string route, string name, string summary, PlatformRole[] callers, Func<ReviewApi, HttpRequest, string, CancellationToken, Task<IResult>> handle) =>
            Described(review.MapPost(route, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handle(handler, request, caseNumber, ct)), name, summary, callers);

        PlatformRole[] window = [PlatformRole.Clerk];
        PlatformRole[] stepOwner = [PlatformRole.Reviewer, PlatformRole.Approver];
        PlatformRole[] approver = [PlatformRole.Approver];

        Command(Routes.CasePreReview, Operations.PreReviewCase,
                "网上预审 by the accepting window: pass (on to acceptance) or return to the applicant's draft with a reason.", window,
                (h, r, n, ct) => h.PreReviewCase(r, n, ct))
            .Accepts<PreReviewCommand>("application/json");

        Command(Routes.CaseAcceptance, Operations.AcceptCase,
            "受理 by the accepting window: starts the review clock and the first review step.", window,
            (h, r, n, ct) => h.AcceptCase(r, n, ct));

        Command(Routes.CaseAcceptanceRefusal, Operations.RejectAcceptance, "不予受理 by the accepting window, with the reason.", window,
                (h, r, n, ct) => h.RejectAcceptance(r, n, ct))
            .Accepts<RefusalCommand>("application/json");

        Command(Routes.CaseSupplementRequest, Operations.RequestSupplement,
                "补正: lists every missing or defective material with reasons, once, within the acceptance limit.", window,
                (h, r, n, ct) => h.RequestSupplement(r, n, ct))
            .Accepts<SupplementRequestCommand>("application/json");

        Command(Routes.CaseStepCompletion, Operations.CompleteReviewStep,
                "Completes the current review step with an opinion: forward to the next step or return to the previous one.", stepOwner,
                (h, r, n, ct) => h.CompleteReviewStep(r, n, ct))
            .Accepts<StepCompletionCommand>("application/json");

        Command(Routes.CaseSuspension, Operations.SuspendCase,
                "中止 for a hearing, expert review, inspection, testing, appraisal or at the applicant's request: the review clock stops.", stepOwner,
                (h, r, n, ct) => h.SuspendCase(r, n, ct))
            .Accepts<SuspensionCommand>("application/json");

        Command(Routes.CaseResumption, Operations.ResumeCase,
            "恢复: the review clock runs again; the suspended working days move the deadlines on.", stepOwner,
            (h, r, n, ct) => h.ResumeCase(r, n, ct));

        Command(Routes.CaseExtension, Operations.ExtendCase,
                "延期, once, by an approver of the deciding department, within the limit, by at most the guide's extension days.", approver,
                (h, r, n, ct) => h.ExtendCase(r, n, ct))
            .Accepts<ExtensionCommand>("application/json");

        Command(Routes.CaseDecision, Operations.DecideCase,
                "办结 at the last step: approved or denied, with legal basis, reasons and the result document; starts the delivery clock.", approver,
                (h, r, n, ct) => h.DecideCase(r, n, ct))
            .Accepts<DecisionCommand>("application/json");

        Command(Routes.CaseDelivery, Operations.DeliverCase,
                "送达 by the accepting window: window pickup, post (with tracking number) or electronic certificate.", window,
                (h, r, n, ct) => h.DeliverCase(r, n, ct))
            .Accepts<DeliveryCommand>("application/json");

        // A card's correction: the carded department's head reports, a supervisor over its region confirms or returns.
        // Commands on one card, or one notice, of the case.
        RouteHandlerBuilder CardCommand(string route, string name, string summary, PlatformRole[] callers, Func<ReviewApi, HttpRequest, string, string, CancellationToken, Task<IResult>> handle) =>
            Described(review.MapPost(route, (HttpRequest request, string caseNumber, string card, ReviewApi handler, CancellationToken ct) => handle(handler, request, caseNumber, card, ct))
                .WithTags("Supervision"), name, summary, callers);

        RouteHandlerBuilder NoticeCommand(string route, string name, string summary, PlatformRole[] callers, Func<ReviewApi, HttpRequest, string, string, CancellationToken, Task<IResult>> handle) =>
            Described(review.MapPost(route, (HttpRequest request, string caseNumber, string notice, ReviewApi handler, CancellationToken ct) => handle(handler, request, caseNumber, notice, ct))
                .WithTags("Supervision"), name, summary, callers);

        CardCommand(Routes.CardCorrection, Operations.ReportCardCorrection,
                "整改报告 on an open 黄牌/红牌 of the case, by the head (approver) of the department it was raised against: what was corrected. One report awaits the supervisor at a time.",
                approver, (h, r, n, c, ct) => h.ReportCardCorrection(r, n, c, ct))
            .Accepts<CardCorrectionCommand>("application/json");

        Command(Routes.CaseNotices, Operations.IssueSupervisionNotice,
                "督办单: a supervisor of a region the case passes through requires the department handling it to act — reason, requirement and a response limit of 1 to 20 working days on the case's calendar. Unanswered at its deadline, the notice is escalated to the supervision level above.",
                [PlatformRole.Supervisor], (h, r, n, ct) => h.IssueSupervisionNotice(r, n, ct))
            .WithTags("Supervision")
            .Accepts<NoticeCommand>("application/json");

        NoticeCommand(Routes.NoticeAnswer, Operations.AnswerSupervisionNotice,
                "The answer to a 督办单, by the head (approver) of the department it was issued to: what was done. An answer after the deadline is taken and marked late.",
                approver, (h, r, n, c, ct) => h.AnswerSupervisionNotice(r, n, c, ct))
            .Accepts<NoticeAnswerCommand>("application/json");

        Command(Routes.RatingCallBack, Operations.RecordRatingCallBack,
                "差评整改 回访核实: the staff of the department that owes the rectification of a poor rating record when and how they reached the applicant (phone, sms, visit, online) and what they learnt, within Ratings:CallBackWorkingDays (5) of the rating; the outcome's limit runs on.",
                [PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver], (h, r, n, ct) => h.RecordRatingCallBack(r, n, ct))
            .WithTags("Ratings")
            .Accepts<CallBackCommand>("application/json");

        Command(Routes.RatingRectification, Operations.ConcludeRectification,
                "The rectification's outcome, by the department's head (approver), after the call-back and within Ratings:RectificationWorkingDays (15) of the rating: rectified (整改, what was fixed), explained (解释说明) or appealed (申诉: supervision is asked to void the rating).",
                approver, (h, r, n, ct) => h.ConcludeRectification(r, n, ct))
            .WithTags("Ratings")
            .Accepts<RectificationCommand>("application/json");

        Command(Routes.RatingAppealDecision, Operations.DecideRatingAppeal,
                "A supervisor of the department's region (or one above it) decides an appeal against a rating, with reasons: upheld voids the rating (it stays in the history, marked, and no longer counts), rejected lets it stand.",
                [PlatformRole.Supervisor], (h, r, n, ct) => h.DecideRatingAppeal(r, n, ct))
            .WithTags("Ratings")
            .Accepts<AppealDecisionCommand>("application/json");

        CardCommand(Routes.CardReview, Operations.ReviewCardCorrection,
                "A supervisor of the card's region (or one above it) reviews the correction report: confirmed closes the card, returned sends the report back with the reason and the card stays open.",
                [PlatformRole.Supervisor], (h, r, n, c, ct) => h.ReviewCardCorrection(r, n, c, ct))
            .Accepts<CardReviewCommand>("application/json");
    }
}
