using GovFunctions.Api;
using GovFunctions.Api.Disclosure;
using GovFunctions.Core.Disclosure;
using GovFunctions.Functions.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Disclosure;

/// <summary>依申请公开: the request's answer clock runs on its alarm orchestration, as a case's does.</summary>
public sealed class DisclosureFunctions(DisclosureApi api)
{
    [Function(Operations.FileDisclosureRequest)]
    public Task<IResult> FileDisclosureRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureRequests)] HttpRequest request,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Started<DisclosureView>(api.FileDisclosureRequest(request, cancellationToken), r => r.Number, durable, cancellationToken);

    [Function(Operations.GetDisclosureRequest)]
    public Task<IResult> GetDisclosureRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.DisclosureRequest)] HttpRequest request, string number, CancellationToken cancellationToken) =>
        api.GetDisclosureRequest(request, number, cancellationToken);

    [Function(Operations.ListDisclosureRequests)]
    public Task<IResult> ListDisclosureRequests(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.DisclosureRequests)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListDisclosureRequests(request, cancellationToken);

    [Function(Operations.RequestDisclosureCorrection)]
    public Task<IResult> RequestDisclosureCorrection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureCorrectionRequest)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.RequestDisclosureCorrection(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.CorrectDisclosureRequest)]
    public Task<IResult> CorrectDisclosureRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureCorrection)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.CorrectDisclosureRequest(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.ConsultThirdParty)]
    public Task<IResult> ConsultThirdParty(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureConsultation)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.ConsultThirdParty(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.RecordThirdPartyAnswer)]
    public Task<IResult> RecordThirdPartyAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureConsultationAnswer)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.RecordThirdPartyAnswer(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.NotifyDisclosureFee)]
    public Task<IResult> NotifyDisclosureFee(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureFee)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.NotifyDisclosureFee(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.RecordDisclosureFeePayment)]
    public Task<IResult> RecordDisclosureFeePayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureFeePayment)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.RecordDisclosureFeePayment(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.GetDisclosureAnnualReport)]
    public Task<IResult> GetDisclosureAnnualReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.DisclosureAnnualReport)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetDisclosureAnnualReport(request, cancellationToken);

    [Function(Operations.ExtendDisclosureRequest)]
    public Task<IResult> ExtendDisclosureRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureExtension)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.ExtendDisclosureRequest(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.AnswerDisclosureRequest)]
    public Task<IResult> AnswerDisclosureRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureAnswer)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.AnswerDisclosureRequest(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.UploadDisclosureDocument)]
    public Task<IResult> UploadDisclosureDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DisclosureDocuments)] HttpRequest request, string number, CancellationToken cancellationToken) =>
        api.UploadDisclosureDocument(request, number, cancellationToken);

    [Function(Operations.DownloadDisclosureDocument)]
    public Task<IResult> DownloadDisclosureDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.DisclosureDocument)] HttpRequest request, string number, string documentId,
        CancellationToken cancellationToken) =>
        api.DownloadDisclosureDocument(request, number, documentId, cancellationToken);
}
