using GovFunctions.Api;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Core.Identity;
using GovFunctions.Api.Review;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;

namespace GovFunctions.LocalHost.Endpoints;

public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("").WithTags("Cases");

        cases.MapPost(Routes.Cases, (HttpRequest request, CaseApi handler, CancellationToken ct) => handler.CreateCase(request, ct))
            .WithName(Operations.CreateCase)
            .WithSummary("Starts a draft case for a published service item (applicant). The answer carries the case number and query code.")
            .ForCallers(PlatformRole.Applicant)
            .Accepts<NewCaseRequest>("application/json")
            .Produces<CaseView>(StatusCodes.Status201Created)
            .WithAnswerHeaders(StatusCodes.Status201Created, ContractHeaders.ETag, ContractHeaders.Location)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet(Routes.Case, (HttpRequest request, string caseNumber, CaseApi handler, CancellationToken ct) => handler.GetCase(request, caseNumber, ct))
            .WithName(Operations.GetCase)
            .WithSummary("The applicant's own case with its history; staff get the staff view (their own steps) of a case their department handles. Otherwise 404.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .ProducesOneOf("view", (typeof(CaseView), CaseView.ViewName), (typeof(StaffCaseView), StaffCaseView.ViewName))
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPut(Routes.CaseForm, (HttpRequest request, string caseNumber, CaseApi handler, CancellationToken ct) => handler.UpdateCaseForm(request, caseNumber, ct))
            .WithName(Operations.UpdateCaseForm)
            .WithSummary("Saves the application form of a draft case.")
            .ForCallers(PlatformRole.Applicant)
            .Accepts<ApplicationForm>("application/json")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPut(Routes.CaseMaterial, (HttpRequest request, string caseNumber, string slotId, CaseApi handler, CancellationToken ct) => handler.UploadMaterial(request, caseNumber, slotId, ct))
            .WithName(Operations.UploadMaterial)
            .WithSummary("Uploads the file for a material slot as the raw body (name in Content-Disposition). Type is checked by content, size while streaming.")
            .ForCallers(PlatformRole.Applicant)
            .AcceptsFile(["application/octet-stream", .. MaterialTypeSniffer.ContentTypes],
                $"The file as it is; its type is told from its content, whatever the Content-Type says. At most the slot's size limit (and never more than {ServiceItemValidator.MaxMaterialSizeMb} MB).")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost(Routes.CaseMaterialUploads, (HttpRequest request, string caseNumber, string slotId, CaseApi handler, CancellationToken ct) => handler.RequestMaterialUpload(request, caseNumber, slotId, ct))
            .WithName(Operations.RequestMaterialUpload)
            .WithSummary("Authorises a direct upload of a material slot's file to storage, for large files: a write-only URL for one staging blob, valid 30 minutes. PUT the file there (x-ms-blob-type: BlockBlob), then complete the upload.")
            .ForCallers(PlatformRole.Applicant)
            .Produces<MaterialUpload>()
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost(Routes.CaseMaterialUploadCompletion, (HttpRequest request, string caseNumber, string slotId, string uploadId, CaseApi handler, CancellationToken ct) =>
                handler.CompleteMaterialUpload(request, caseNumber, slotId, uploadId, ct))
            .WithName(Operations.CompleteMaterialUpload)
            .WithSummary("Takes the directly uploaded file as an upload through the API is taken (type by content, size, SHA-256) and records it; the staging blob is removed either way.")
            .ForCallers(PlatformRole.Applicant)
            .Accepts<UploadCompletion>("application/json")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet(Routes.CaseMaterial, (HttpRequest request, string caseNumber, string slotId, CaseApi handler, CancellationToken ct) => handler.DownloadMaterial(request, caseNumber, slotId, ct))
            .WithName(Operations.DownloadMaterial)
            .WithSummary("Downloads the current file of a material slot: the applicant, or staff of the handling department. ETag is the file's SHA-256.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .ProducesFile(MaterialTypeSniffer.ContentTypes)
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost(Routes.CaseSubmission, (HttpRequest request, string caseNumber, CaseApi handler, CancellationToken ct) => handler.SubmitCase(request, caseNumber, ct))
            .WithName(Operations.SubmitCase)
            .WithSummary("Submits a complete draft; 422 lists everything missing. Send an Idempotency-Key to retry safely.")
            .ForCallers(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IdempotencyKey)
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost(Routes.CaseWithdrawal, (HttpRequest request, string caseNumber, CaseApi handler, CancellationToken ct) => handler.WithdrawCase(request, caseNumber, ct))
            .WithName(Operations.WithdrawCase)
            .WithSummary("Withdraws the case (撤回) before a decision, with a reason. If-Match with the case's ETag guards against a stale view.")
            .ForCallers(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Accepts<WithdrawalRequest>("application/json")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        cases.MapPost(Routes.CaseSupplement, (HttpRequest request, string caseNumber, ReviewApi handler, CancellationToken ct) => handler.ProvideSupplement(request, caseNumber, ct))
            .WithName(Operations.ProvideSupplement)
            .WithSummary("补正: the applicant declares the supplement complete after uploading every listed material; the acceptance clock starts again.")
            .ForCallers(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesCommandProblems();

        cases.MapGet(Routes.MyCases, (HttpRequest request, CaseApi handler, CancellationToken ct) => handler.ListMyCases(request, ct))
            .WithName(Operations.ListMyCases)
            .WithSummary("The caller's own cases, every stage.")
            .ForCallers(PlatformRole.Applicant)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<Page<CaseSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapGet(Routes.MyData, (HttpRequest request, CaseApi handler, CancellationToken ct) => handler.ExportMyData(request, ct))
            .WithName(Operations.ExportMyData)
            .WithSummary("个人信息保护法 第四十五条: everything the platform holds about the caller as an applicant — every case, drafts included, with its form, materials' records, certificates and whole history — streamed as one JSON document, never cached.")
            .ForCallers(PlatformRole.Applicant)
            .Produces<MyDataExport>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet(Routes.WorkItems, (HttpRequest request, CaseApi handler, CancellationToken ct) => handler.ListWorkItems(request, ct))
            .WithTags("Staff")
            .WithName(Operations.ListWorkItems)
            .WithSummary("The caller's work list, most urgent deadline first: the window's cases to pre-review, accept and deliver; a reviewer's or approver's steps (approvers also see overdue cases escalated to them); a supervisor's yellow and red cases. Paged: every case on the list is reached by following continuationToken; a case that joins or leaves the list between two pages moves no other line.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.WorkRole)
            .WithQueryParameter(ApiParameters.WorkListPageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<WorkList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost(Routes.CaseSearches, (HttpRequest request, CaseApi handler, CancellationToken ct) => handler.FindCasesByIdentity(request, ct))
            .WithTags("Staff")
            .WithName(Operations.FindCasesByIdentity)
            .WithSummary("按证件号查询: the submitted cases whose applicant's ID card number or unified social credit code is the one in the body, among those the caller's department handles or the caller's region supervises, newest first. Found by a keyed hash of the number (the number is stored only encrypted); a POST so the number is never in a URL. Recorded in the audit trail.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Accepts<CaseSearchRequest>("application/json")
            .Produces<Page<CaseSummary>>()
            .ProducesValidationProblem()
            .ProducesWriteProblems();

        cases.MapGet(Routes.PublicCaseStatus, (HttpRequest request, string caseNumber, CaseApi handler, CancellationToken ct) => handler.GetPublicCaseStatus(request, caseNumber, ct))
            .WithName(Operations.GetPublicCaseStatus)
            .WithSummary("Anonymous status by case number and query code: stage, dates, limits, working days left. A wrong code is 404, like an unknown case. Wrong codes are counted per case (5 an hour from one address, 50 from all) and per address (30 a minute); past a quota the answer is 429 with Retry-After. Right codes only count towards 300 lookups a minute per address, so visitors of one service hall do not lock each other out.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.QueryCodeParameter)
            .Produces<PublicCaseStatus>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
            .WithAnswerHeaders(StatusCodes.Status404NotFound, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
            .WithAnswerHeaders(StatusCodes.Status429TooManyRequests, ContractHeaders.RetryAfter, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit);
    }
}
