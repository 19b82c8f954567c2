using GovFunctions.Api;
using GovFunctions.Api.Complaints;
using GovFunctions.Core.Complaints;
using GovFunctions.Functions.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Complaints;

/// <summary>投诉: each command that moves a clock reschedules the complaint's alarm orchestration, as for cases.</summary>
public sealed class ComplaintFunctions(ComplaintApi api)
{
    /// <summary>The new complaint's acceptance clock runs: its alarm orchestration starts with it.</summary>
    [Function(Operations.FileComplaint)]
    public Task<IResult> FileComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Complaints)] HttpRequest request,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Started<ComplaintView>(api.FileComplaint(request, cancellationToken), c => c.Number, durable, cancellationToken);

    [Function(Operations.GetComplaint)]
    public Task<IResult> GetComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Complaint)] HttpRequest request, string number, CancellationToken cancellationToken) =>
        api.GetComplaint(request, number, cancellationToken);

    [Function(Operations.ListComplaints)]
    public Task<IResult> ListComplaints(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionComplaints)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListComplaints(request, cancellationToken);

    [Function(Operations.AcceptComplaint)]
    public Task<IResult> AcceptComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintAcceptance)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.AcceptComplaint(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.DeclineComplaint)]
    public Task<IResult> DeclineComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintRefusal)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.DeclineComplaint(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.AssignComplaint)]
    public Task<IResult> AssignComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintAssignment)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.AssignComplaint(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.AnswerComplaint)]
    public Task<IResult> AnswerComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintAnswer)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.AnswerComplaint(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.CloseComplaint)]
    public Task<IResult> CloseComplaint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintClosure)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.CloseComplaint(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.ReturnComplaintAnswer)]
    public Task<IResult> ReturnComplaintAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintAnswerReturn)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.ReturnComplaintAnswer(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.RateComplaintHandling)]
    public Task<IResult> RateComplaintHandling(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintRating)] HttpRequest request, string number, CancellationToken cancellationToken) =>
        api.RateComplaintHandling(request, number, cancellationToken);

    [Function(Operations.ListPublishedComplaints)]
    public Task<IResult> ListPublishedComplaints(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PublishedComplaints)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListPublishedComplaints(request, cancellationToken);
}
