using GovFunctions.Api;
using GovFunctions.Api.Cases;
using Microsoft.AspNetCore.Http;
using GovFunctions.Functions.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Cases;

/// <summary>The applicant's case operations and the anonymous status query. Submission starts the case's alarm orchestration.</summary>
public sealed class CaseFunctions(CaseApi api)
{
    [Function(Operations.CreateCase)]
    public Task<IResult> CreateCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Cases)] HttpRequest request, CancellationToken cancellationToken) =>
        api.CreateCase(request, cancellationToken);

    [Function(Operations.GetCase)]
    public Task<IResult> GetCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Case)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.GetCase(request, caseNumber, cancellationToken);

    [Function(Operations.UpdateCaseForm)]
    public Task<IResult> UpdateCaseForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.CaseForm)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.UpdateCaseForm(request, caseNumber, cancellationToken);

    [Function(Operations.UploadMaterial)]
    public Task<IResult> UploadMaterial(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.CaseMaterial)] HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken) =>
        api.UploadMaterial(request, caseNumber, slotId, cancellationToken);

    [Function(Operations.RequestMaterialUpload)]
    public Task<IResult> RequestMaterialUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseMaterialUploads)] HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken) =>
        api.RequestMaterialUpload(request, caseNumber, slotId, cancellationToken);

    [Function(Operations.CompleteMaterialUpload)]
    public Task<IResult> CompleteMaterialUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseMaterialUploadCompletion)] HttpRequest request, string caseNumber, string slotId, string uploadId,
        CancellationToken cancellationToken) =>
        api.CompleteMaterialUpload(request, caseNumber, slotId, uploadId, cancellationToken);

    [Function(Operations.DownloadMaterial)]
    public Task<IResult> DownloadMaterial(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CaseMaterial)] HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken) =>
        api.DownloadMaterial(request, caseNumber, slotId, cancellationToken);

    [Function(Operations.SubmitCase)]
    public Task<IResult> SubmitCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseSubmission)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.SubmitCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.WithdrawCase)]
    public Task<IResult> WithdrawCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseWithdrawal)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.WithdrawCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.ListMyCases)]
    public Task<IResult> ListMyCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.MyCases)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListMyCases(request, cancellationToken);

    [Function(Operations.ExportMyData)]
    public IResult ExportMyData(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.MyData)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ExportMyData(request, cancellationToken);

    [Function(Operations.ListWorkItems)]
    public Task<IResult> ListWorkItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.WorkItems)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListWorkItems(request, cancellationToken);

    [Function(Operations.FindCasesByIdentity)]
    public Task<IResult> FindCasesByIdentity(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseSearches)] HttpRequest request, CancellationToken cancellationToken) =>
        api.FindCasesByIdentity(request, cancellationToken);

    [Function(Operations.GetPublicCaseStatus)]
    public Task<IResult> GetPublicCaseStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PublicCaseStatus)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.GetPublicCaseStatus(request, caseNumber, cancellationToken);
}
