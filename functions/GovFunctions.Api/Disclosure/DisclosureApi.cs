using GovFunctions.Api.Audit;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Statistics;

namespace GovFunctions.Api.Disclosure;

/// <summary>依申请公开 over HTTP: filed by a signed-in requester, extended and answered by the department's disclosure office head.</summary>
public sealed class DisclosureApi(DisclosureService requests, SupervisionStatistics statistics, TimeProvider time)
{
    /// <summary>201 with the request as received: its number and query code, and the answer clock running.</summary>
    public async Task<IResult> FileDisclosureRequest(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        caller.Require(PlatformRole.Applicant);
        var requestHash = await RequestBodyHash.ReadAsync(request, RecordCommands.Limit, cancellationToken);
        var body = await JsonBody.ReadAsync<DisclosureRequestCommand>(request, cancellationToken, RecordCommands.Limit);
        var view = await requests.RequestAsync(caller, body, RequestParameters.Header(request, ApiParameters.IdempotencyKey), requestHash, cancellationToken);
        RequestAudit.NoteCase(request.HttpContext, view.Number);
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Created($"/{Routes.Prefix}/disclosure-requests/{view.Number}", view));
    }

    public async Task<IResult> GetDisclosureRequest(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var view = await requests.GetAsync(CallerClaims.Require(request.HttpContext.User), number, cancellationToken);
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Ok(view));
    }

    public async Task<IResult> ListDisclosureRequests(HttpRequest request, CancellationToken cancellationToken)
    {
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var lines = await requests.ListAsync(CallerClaims.Require(request.HttpContext.User), page, cancellationToken);
        return Results.Ok(new DisclosureList(lines.Items, lines.ContinuationToken));
    }

    public Task<IResult> RequestDisclosureCorrection(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<DisclosureCorrectionRequestCommand>(request, (caller, body, version) => requests.RequestCorrectionAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> CorrectDisclosureRequest(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<DisclosureCorrectionCommand>(request, (caller, body, version) => requests.CorrectAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> ConsultThirdParty(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ConsultationCommand>(request, (caller, body, version) => requests.ConsultAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> RecordThirdPartyAnswer(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ConsultationAnswerCommand>(request, (caller, body, version) => requests.RecordConsultationAsync(caller, number, body, version, cancellationToken), cancellationToken);

    /// <summary>政府信息公开工作年度报告, table 3, for a department (default the head's own) and a year; the statistics' readers read it.</summary>
    public async Task<IResult> GetDisclosureAnnualReport(HttpRequest request, CancellationToken cancellationToken) =>
        Results.Ok(await DisclosureAnnualReport.ReadAsync(
            statistics, CallerClaims.Require(request.HttpContext.User), RequestParameters.Text(request, ApiParameters.DepartmentCode),
            RequestParameters.Integer(request, ApiParameters.ReportYear), ChinaTime.DateOf(time.GetUtcNow()), cancellationToken));

    public Task<IResult> NotifyDisclosureFee(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<DisclosureFeeCommand>(request, (caller, body, version) => requests.NotifyFeeAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public async Task<IResult> RecordDisclosureFeePayment(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var view = await requests.RecordFeePaymentAsync(CallerClaims.Require(request.HttpContext.User), number, ETags.IfMatchVersion(request), cancellationToken);
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Ok(view));
    }

    public Task<IResult> ExtendDisclosureRequest(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<DisclosureExtensionCommand>(request, (caller, body, version) => requests.ExtendAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> AnswerDisclosureRequest(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<DisclosureAnswerCommand>(request, (caller, body, version) => requests.AnswerAsync(caller, number, body, version, cancellationToken), cancellationToken);

    /// <summary>The file is the raw request body, named by Content-Disposition, as a material upload is.</summary>
    public async Task<IResult> UploadDisclosureDocument(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var view = await requests.AttachDocumentAsync(CallerClaims.Require(request.HttpContext.User), number, MaterialFiles.NameOf(request), request.Body, cancellationToken);
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Ok(view));
    }

    public async Task<IResult> DownloadDisclosureDocument(HttpRequest request, string number, string documentId, CancellationToken cancellationToken)
    {
        var (record, content) = await requests.OpenDocumentAsync(CallerClaims.Require(request.HttpContext.User), number, documentId, cancellationToken);
        return MaterialFiles.Download(request, record, content);
    }

    private static Task<IResult> Command<TCommand>(
        HttpRequest request, Func<Caller, TCommand, int?, Task<DisclosureView>> apply, CancellationToken cancellationToken)
        where TCommand : class =>
        RecordCommands.RunAsync(request, apply, v => v.Version, cancellationToken);
}

/// <summary>A page of a department's open requests, most urgent first.</summary>
public sealed record DisclosureList(IReadOnlyList<DisclosureLine> Items, string? ContinuationToken);
