using System.Globalization;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Api.Review;

/// <summary>
/// The commands of the statutory review. Each is applied synchronously and answers the new case view (staff view
/// for staff, the applicant's view for the applicant's supplement) with its ETag; If-Match with an older version
/// is 412, a transition the case or the caller does not allow is 409 with the reason.
/// </summary>
public sealed class ReviewApi(ReviewService review)
{
    private const long CommandLimit = 64 * 1024;

    public Task<IResult> PreReviewCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<PreReviewCommand>(request, (caller, body, version) => review.PreReviewAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> AcceptCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        Staff(request, (caller, version) => review.AcceptAsync(caller, caseNumber, version, cancellationToken));

    public Task<IResult> RejectAcceptance(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<RefusalCommand>(request, (caller, body, version) => review.RejectAcceptanceAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> RequestSupplement(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<SupplementRequestCommand>(request, (caller, body, version) => review.RequestSupplementAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public async Task<IResult> ProvideSupplement(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        return CaseView.Answer(request, await review.ProvideSupplementAsync(caller, caseNumber, ETags.IfMatchVersion(request), cancellationToken));
    }

    public Task<IResult> CompleteReviewStep(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<StepCompletionCommand>(request, (caller, body, version) => review.CompleteStepAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> SuspendCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<SuspensionCommand>(request, (caller, body, version) => review.SuspendAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> ResumeCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        Staff(request, (caller, version) => review.ResumeAsync(caller, caseNumber, version, cancellationToken));

    public Task<IResult> ExtendCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<ExtensionCommand>(request, (caller, body, version) => review.ExtendAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> DecideCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<DecisionCommand>(request, (caller, body, version) => review.DecideAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> DeliverCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<DeliveryCommand>(request, (caller, body, version) => review.DeliverAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> ReportCardCorrection(HttpRequest request, string caseNumber, string card, CancellationToken cancellationToken) =>
        WithBody<CardCorrectionCommand>(request, (caller, body, version) => review.ReportCardCorrectionAsync(caller, caseNumber, Number(caseNumber, "card", card), body, version, cancellationToken), cancellationToken);

    public Task<IResult> ReviewCardCorrection(HttpRequest request, string caseNumber, string card, CancellationToken cancellationToken) =>
        WithBody<CardReviewCommand>(request, (caller, body, version) => review.ReviewCardCorrectionAsync(caller, caseNumber, Number(caseNumber, "card", card), body, version, cancellationToken), cancellationToken);

    public Task<IResult> IssueSupervisionNotice(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<NoticeCommand>(request, (caller, body, version) => review.IssueNoticeAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> AnswerSupervisionNotice(HttpRequest request, string caseNumber, string notice, CancellationToken cancellationToken) =>
        WithBody<NoticeAnswerCommand>(request, (caller, body, version) => review.AnswerNoticeAsync(caller, caseNumber, Number(caseNumber, "notice", notice), body, version, cancellationToken), cancellationToken);

    public Task<IResult> RecordRatingCallBack(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<CallBackCommand>(request, (caller, body, version) => review.RecordCallBackAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> ConcludeRectification(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<RectificationCommand>(request, (caller, body, version) => review.ConcludeRectificationAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    public Task<IResult> DecideRatingAppeal(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        WithBody<AppealDecisionCommand>(request, (caller, body, version) => review.DecideRatingAppealAsync(caller, caseNumber, body, version, cancellationToken), cancellationToken);

    /// <summary>A card's or notice's number in the route: anything else is not one the case has.</summary>
    private static int Number(string caseNumber, string what, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 10_000
            ? number
            : throw new NotFoundException($"Case {caseNumber} has no {what} {value}.");

    private async Task<IResult> WithBody<TCommand>(
        HttpRequest request, Func<Caller, TCommand, int?, Task<CaseRecord>> apply, CancellationToken cancellationToken)
        where TCommand : class
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var body = await JsonBody.ReadAsync<TCommand>(request, cancellationToken, CommandLimit);
        return Answer(request, caller, await apply(caller, body, ETags.IfMatchVersion(request)));
    }

    private async Task<IResult> Staff(HttpRequest request, Func<Caller, int?, Task<CaseRecord>> apply)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        return Answer(request, caller, await apply(caller, ETags.IfMatchVersion(request)));
    }

    private IResult Answer(HttpRequest request, Caller caller, CaseRecord record) =>
        ETags.WithETag(request.HttpContext, record.State.Version.ToString(CultureInfo.InvariantCulture), Results.Ok(review.ViewFor(record.State, caller)));
}
