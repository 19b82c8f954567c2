using GovFunctions.Api.Audit;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Api.Complaints;

/// <summary>
/// 投诉 over HTTP: filed signed in or anonymously, handled by supervision and the department, followed and rated by the
/// complainant with the number and query code. Commands answer the complaint with its version as ETag; If-Match with an
/// older one is 412. Reading and rating with a query code count towards the public lookup quotas.
/// </summary>
public sealed class ComplaintApi(ComplaintService complaints, SupervisionLists lists, PublicQueryLimiter publicQueries)
{
    /// <summary>201 with the complainant's view: the number and query code to follow it with.</summary>
    public async Task<IResult> FileComplaint(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.From(request.HttpContext.User);
        var requestHash = await RequestBodyHash.ReadAsync(request, RecordCommands.Limit, cancellationToken);
        var body = await JsonBody.ReadAsync<ComplaintCommand>(request, cancellationToken, RecordCommands.Limit);
        var view = await complaints.FileAsync(caller, body, RequestParameters.Header(request, ApiParameters.IdempotencyKey), requestHash, cancellationToken);
        RequestAudit.NoteCase(request.HttpContext, view.Number);
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Created($"/{Routes.Prefix}/complaints/{view.Number}", view));
    }

    public async Task<IResult> GetComplaint(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.From(request.HttpContext.User);
        var queryCode = RequestParameters.Text(request, ApiParameters.QueryCodeParameter);
        var view = await Guarded(request, number, queryCode, () => complaints.GetAsync(caller, number, queryCode, cancellationToken));
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Ok(view));
    }

    public async Task<IResult> ListComplaints(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var lines = await lists.ComplaintsAsync(
            caller, RequestParameters.Text(request, ApiParameters.DepartmentCode), RequestParameters.Text(request, ApiParameters.RegionCode), page, cancellationToken);
        return Results.Ok(new ComplaintList(lines.Items, lines.ContinuationToken));
    }

    public Task<IResult> AcceptComplaint(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintTextCommand>(request, (caller, body, version) => complaints.AcceptAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> DeclineComplaint(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintTextCommand>(request, (caller, body, version) => complaints.DeclineAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> AssignComplaint(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintAssignmentCommand>(request, (caller, body, version) => complaints.AssignAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> AnswerComplaint(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintTextCommand>(request, (caller, body, version) => complaints.AnswerAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> CloseComplaint(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintTextCommand>(request, (caller, body, version) => complaints.CloseAsync(caller, number, body, version, cancellationToken), cancellationToken);

    public Task<IResult> ReturnComplaintAnswer(HttpRequest request, string number, CancellationToken cancellationToken) =>
        Command<ComplaintTextCommand>(request, (caller, body, version) => complaints.ReturnAsync(caller, number, body, version, cancellationToken), cancellationToken);

    /// <summary>By the signed-in complainant, or anyone holding the number and query code.</summary>
    public async Task<IResult> RateComplaintHandling(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.From(request.HttpContext.User);
        var queryCode = RequestParameters.Text(request, ApiParameters.QueryCodeParameter);
        var body = await JsonBody.ReadAsync<HandlingRatingCommand>(request, cancellationToken, RecordCommands.Limit);
        var view = await Guarded(request, number, queryCode, () => complaints.RateAsync(caller, number, queryCode, body, cancellationToken));
        return ETags.WithVersion(request.HttpContext, view.Version, Results.Ok(view));
    }

    public async Task<IResult> ListPublishedComplaints(HttpRequest request, CancellationToken cancellationToken)
    {
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var published = await complaints.ListPublishedAsync(RequestParameters.Text(request, ApiParameters.DepartmentCode), page, cancellationToken);
        return Results.Ok(new PublishedComplaintList(published.Items, published.ContinuationToken));
    }

    /// <summary>A query code may be a guess: its use counts towards the public lookup quotas; a sign-in alone does not.</summary>
    private Task<ComplaintView> Guarded(HttpRequest request, string number, string? queryCode, Func<Task<ComplaintView>> lookup) =>
        queryCode is null ? lookup() : publicQueries.LookUpAsync(request, number, lookup);

    private static Task<IResult> Command<TCommand>(
        HttpRequest request, Func<Caller, TCommand, int?, Task<ComplaintView>> apply, CancellationToken cancellationToken)
        where TCommand : class =>
        RecordCommands.RunAsync(request, apply, v => v.Version, cancellationToken);
}

/// <summary>A page of complaints to work on, most urgent first.</summary>
public sealed record ComplaintList(IReadOnlyList<ComplaintWorkLine> Items, string? ContinuationToken);

/// <summary>A page of published complaints, newest closed first.</summary>
public sealed record PublishedComplaintList(IReadOnlyList<PublishedComplaint> Items, string? ContinuationToken);
