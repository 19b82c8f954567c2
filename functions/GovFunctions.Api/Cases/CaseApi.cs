using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using GovFunctions.Api.Audit;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using Microsoft.Net.Http.Headers;

namespace GovFunctions.Api.Cases;

/// <summary>The applicant's case operations and the anonymous status query.</summary>
public sealed class CaseApi(CaseService cases, ReviewService review, PublicQueryLimiter publicQueries, TimeProvider time)
{
    public async Task<IResult> CreateCase(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        // Only applicants start cases: anyone else is told so before their body is looked at.
        caller.Require(PlatformRole.Applicant);
        var body = await JsonBody.ReadAsync<NewCaseRequest>(request, cancellationToken, limit: 16 * 1024);
        var errors = new ValidationErrors();
        errors.RequireText("itemCode", body.ItemCode, 40);
        errors.ThrowIfAny();
        var record = await cases.StartAsync(caller, body.ItemCode!, cancellationToken);
        RequestAudit.NoteCase(request.HttpContext, record.State.Number);
        return ETags.WithETag(request.HttpContext, CaseView.ETagOf(record.State), Results.Created($"/{Routes.Prefix}/cases/{record.State.Number}", CaseView.Of(record)));
    }

    /// <summary>The applicant's own case in full; staff (and supervisors) get the staff view of a case they are involved in.</summary>
    public async Task<IResult> GetCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        if (caller.IsIn(PlatformRole.Applicant))
        {
            return CaseView.Answer(request, await cases.GetAsync(caller, caseNumber, cancellationToken));
        }

        var view = await review.GetForStaffAsync(caller, caseNumber, cancellationToken);
        return ETags.WithETag(request.HttpContext, view.Version.ToString(CultureInfo.InvariantCulture), Results.Ok(view));
    }

    public async Task<IResult> UpdateCaseForm(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var form = await JsonBody.ReadAsync<ApplicationForm>(request, cancellationToken, limit: 64 * 1024);
        return CaseView.Answer(request, await cases.UpdateFormAsync(caller, caseNumber, form, cancellationToken));
    }

    /// <summary>The file is the raw request body; its name comes from Content-Disposition (filename*=UTF-8''… for Chinese names).</summary>
    public async Task<IResult> UploadMaterial(HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        return CaseView.Answer(request, await cases.UploadMaterialAsync(caller, caseNumber, slotId, MaterialFiles.NameOf(request), request.Body, cancellationToken));
    }

    public async Task<IResult> RequestMaterialUpload(HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        return Results.Ok(await cases.RequestUploadAsync(caller, caseNumber, slotId, cancellationToken));
    }

    public async Task<IResult> CompleteMaterialUpload(HttpRequest request, string caseNumber, string slotId, string uploadId, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var body = await JsonBody.ReadAsync<UploadCompletion>(request, cancellationToken, limit: 4 * 1024);
        return CaseView.Answer(request, await cases.CompleteUploadAsync(caller, caseNumber, slotId, uploadId, body.FileName, cancellationToken));
    }

    /// <summary>Streams the file with its type, length, name and ETag = its SHA-256. (In Azure every download goes through the app; see README.)</summary>
    public async Task<IResult> DownloadMaterial(HttpRequest request, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var (record, content) = await cases.OpenMaterialAsync(caller, caseNumber, slotId, cancellationToken);
        return MaterialFiles.Download(request, record, content);
    }

    public async Task<IResult> SubmitCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var requestHash = await RequestBodyHash.ReadAsync(request, 16 * 1024, cancellationToken);
        var key = RequestParameters.Header(request, ApiParameters.IdempotencyKey);
        return CaseView.Answer(request, await cases.SubmitAsync(caller, caseNumber, key, requestHash, cancellationToken));
    }

    public async Task<IResult> WithdrawCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var body = await JsonBody.ReadAsync<WithdrawalRequest>(request, cancellationToken, limit: 16 * 1024);
        return CaseView.Answer(request, await cases.WithdrawAsync(caller, caseNumber, body.Reason, ETags.IfMatchVersion(request), cancellationToken));
    }

    public async Task<IResult> ListMyCases(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        return Results.Ok(await cases.ListMineAsync(caller, page, cancellationToken));
    }

    /// <summary>Everything the platform holds about the caller as an applicant, streamed as one JSON document (never cached: <see cref="SecurityHeaders"/>).</summary>
    public IResult ExportMyData(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        caller.Require(PlatformRole.Applicant);
        return Results.Stream(async body =>
        {
            await using var writer = new Utf8JsonWriter(body);
            writer.WriteStartObject();
            writer.WriteString("subject", caller.Subject);
            writer.WriteString("exportedAt", time.GetUtcNow());
            writer.WriteStartArray("cases");
            await foreach (var record in cases.ExportMineAsync(caller, cancellationToken))
            {
                // Serialised apart: JsonSerializer would flush the writer to the response synchronously, which Kestrel refuses.
                writer.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(CaseView.Of(record), GovJson.Answers), skipInputValidation: true);
                await writer.FlushAsync(cancellationToken);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }, "application/json", fileDownloadName: "my-data.json");
    }

    public async Task<IResult> ListWorkItems(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        PlatformRole? role = RequestParameters.Text(request, ApiParameters.WorkRole) is { } text ? Enum.Parse<PlatformRole>(text, ignoreCase: true) : null;
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.WorkListPageSize) ?? PageRequest.MaxPageSize, RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var work = await review.ListWorkAsync(caller, role, page, cancellationToken);
        return Results.Ok(new WorkList(work.Items, work.ContinuationToken));
    }

    /// <summary>A POST, so the identity number travels in the body, never in a URL that proxies and request logs keep.</summary>
    public async Task<IResult> FindCasesByIdentity(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var body = await JsonBody.ReadAsync<CaseSearchRequest>(request, cancellationToken, limit: 4 * 1024);
        return Results.Ok(await cases.FindByIdentityAsync(caller, body.IdentityNumber, page, cancellationToken));
    }

    public async Task<IResult> GetPublicCaseStatus(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var queryCode = RequestParameters.Text(request, ApiParameters.QueryCodeParameter);
        return Results.Ok(await publicQueries.LookUpAsync(request, caseNumber, () => cases.GetPublicStatusAsync(caseNumber, queryCode, cancellationToken)));
    }
}

/// <summary>An applicant's export: who, when, and every case with its history.</summary>
public sealed record MyDataExport(string Subject, DateTimeOffset ExportedAt, IReadOnlyList<CaseView> Cases);

public sealed record NewCaseRequest([property: MaxLength(InputLimits.Code)] string? ItemCode);

/// <param name="IdentityNumber">The applicant's ID card number or unified social credit code, as on the form (letters in either case).</param>
public sealed record CaseSearchRequest([property: MaxLength(InputLimits.IdentityNumber)] string? IdentityNumber);

public sealed record WithdrawalRequest([property: MaxLength(InputLimits.Reason)] string? Reason);

/// <summary>A page of a staff work list, most urgent deadline first; pass <see cref="ContinuationToken"/> back for the next page, null on the last.</summary>
public sealed record WorkList(IReadOnlyList<WorkItem> Items, string? ContinuationToken);

/// <summary>A case as its applicant sees it: its state (with the query code to share) and its history. Its ETag is the case's version.</summary>
public sealed record CaseView(CaseState Case, IReadOnlyList<CaseEvent> History)
{
    /// <summary>Which view of a case this is (GetCase answers either): "applicant".</summary>
    public const string ViewName = "applicant";

    public string View => ViewName;

    public static CaseView Of(CaseRecord record) => new(record.State, record.History);

    public static string ETagOf(CaseState state) => state.Version.ToString(CultureInfo.InvariantCulture);

    public static IResult Answer(HttpRequest request, CaseRecord record) =>
        ETags.WithETag(request.HttpContext, ETagOf(record.State), Results.Ok(Of(record)));
}

/// <param name="FileName">The file's name as the applicant chose it (kept for display; the content decides the type).</param>
public sealed record UploadCompletion([property: MaxLength(InputLimits.FileName)] string? FileName);
