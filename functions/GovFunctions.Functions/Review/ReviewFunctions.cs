using GovFunctions.Api;
using GovFunctions.Api.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Review;

/// <summary>The review commands: applied synchronously, then the case's alarm orchestration is told to reschedule.</summary>
public sealed class ReviewFunctions(ReviewApi api)
{
    [Function(Operations.PreReviewCase)]
    public Task<IResult> PreReviewCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CasePreReview)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.PreReviewCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.AcceptCase)]
    public Task<IResult> AcceptCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseAcceptance)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.AcceptCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.RejectAcceptance)]
    public Task<IResult> RejectAcceptance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseAcceptanceRefusal)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.RejectAcceptance(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.RequestSupplement)]
    public Task<IResult> RequestSupplement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseSupplementRequest)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.RequestSupplement(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ProvideSupplement)]
    public Task<IResult> ProvideSupplement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseSupplement)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ProvideSupplement(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.CompleteReviewStep)]
    public Task<IResult> CompleteReviewStep(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseStepCompletion)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.CompleteReviewStep(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.SuspendCase)]
    public Task<IResult> SuspendCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseSuspension)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.SuspendCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ResumeCase)]
    public Task<IResult> ResumeCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseResumption)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ResumeCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ExtendCase)]
    public Task<IResult> ExtendCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseExtension)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ExtendCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.DecideCase)]
    public Task<IResult> DecideCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseDecision)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.DecideCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.DeliverCase)]
    public Task<IResult> DeliverCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseDelivery)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.DeliverCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ReportCardCorrection)]
    public Task<IResult> ReportCardCorrection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CardCorrection)] HttpRequest request, string caseNumber, string card,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ReportCardCorrection(request, caseNumber, card, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ReviewCardCorrection)]
    public Task<IResult> ReviewCardCorrection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CardReview)] HttpRequest request, string caseNumber, string card,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ReviewCardCorrection(request, caseNumber, card, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.RecordRatingCallBack)]
    public Task<IResult> RecordRatingCallBack(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RatingCallBack)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.RecordRatingCallBack(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ConcludeRectification)]
    public Task<IResult> ConcludeRectification(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RatingRectification)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.ConcludeRectification(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.DecideRatingAppeal)]
    public Task<IResult> DecideRatingAppeal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RatingAppealDecision)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.DecideRatingAppeal(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.IssueSupervisionNotice)]
    public Task<IResult> IssueSupervisionNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseNotices)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.IssueSupervisionNotice(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.AnswerSupervisionNotice)]
    public Task<IResult> AnswerSupervisionNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.NoticeAnswer)] HttpRequest request, string caseNumber, string notice,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Rescheduled(api.AnswerSupervisionNotice(request, caseNumber, notice, cancellationToken), durable, caseNumber, cancellationToken);

    /// <summary>Runs a command that opens a record (a supervision file, a complaint); when it did, the record's alarm orchestration starts.</summary>
    public static async Task<IResult> Started<TView>(Task<IResult> command, Func<TView, string> numberOf, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var result = await command;
        if (result is IValueHttpResult { Value: TView opened })
        {
            await CaseAlarmOrchestration.RescheduleAsync(durable, numberOf(opened), cancellationToken);
        }

        return result;
    }

    /// <summary>Runs the command; only when it succeeded is the case's alarm orchestration rescheduled (or started).</summary>
    public static async Task<IResult> Rescheduled(Task<IResult> command, DurableTaskClient durable, string caseNumber, CancellationToken cancellationToken)
    {
        var result = await command;
        await CaseAlarmOrchestration.RescheduleAsync(durable, caseNumber, cancellationToken);
        return result;
    }
}
