using GovFunctions.Api.Audit;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Api.Supervision;

/// <summary>电子监察's lists (the open 黄牌/红牌 and the unanswered 督办单 of a department or a region), and 督办 on a department.</summary>
public sealed class SupervisionApi(SupervisionLists lists, DepartmentNotices departmentNotices)
{
    /// <summary>201 with the new supervision file and its Location.</summary>
    public async Task<IResult> IssueDepartmentNotice(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var requestHash = await RequestBodyHash.ReadAsync(request, RecordCommands.Limit, cancellationToken);
        var body = await JsonBody.ReadAsync<DepartmentNoticeCommand>(request, cancellationToken, RecordCommands.Limit);
        var file = await departmentNotices.IssueAsync(caller, body, RequestParameters.Header(request, ApiParameters.IdempotencyKey), requestHash, cancellationToken);
        RequestAudit.NoteCase(request.HttpContext, file.Number);
        return ETags.WithVersion(request.HttpContext, file.Version, Results.Created($"/{Routes.Prefix}/supervision/department-notices/{file.Number}", file));
    }

    public async Task<IResult> GetDepartmentNotice(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        var file = await departmentNotices.GetAsync(CallerClaims.Require(request.HttpContext.User), number, cancellationToken);
        return ETags.WithVersion(request.HttpContext, file.Version, Results.Ok(file));
    }

    public Task<IResult> AnswerDepartmentNotice(HttpRequest request, string number, CancellationToken cancellationToken) =>
        RecordCommands.RunAsync<NoticeAnswerCommand, DepartmentNoticeView>(
            request, (caller, body, version) => departmentNotices.AnswerAsync(caller, number, body, version, cancellationToken), f => f.Version, cancellationToken);


    public async Task<IResult> ListSupervisionCards(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, department, region, page) = Query(request);
        var lines = await lists.CardsAsync(caller, department, region, page, cancellationToken);
        return Results.Ok(new CardList(lines.Items, lines.ContinuationToken));
    }

    public async Task<IResult> ListSupervisionNotices(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, department, region, page) = Query(request);
        var lines = await lists.NoticesAsync(caller, department, region, page, cancellationToken);
        return Results.Ok(new NoticeList(lines.Items, lines.ContinuationToken));
    }

    /// <summary>The region asked for, or the supervisor's own.</summary>
    public async Task<IResult> GetSupervisionOverview(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        caller.Require(PlatformRole.Supervisor);
        var region = RequestParameters.Text(request, ApiParameters.RegionCode) ?? caller.RegionCode
            ?? throw ValidationFailedException.For(ApiParameters.RegionCode.Name, "is required: the token names no region.");
        return Results.Ok(await lists.OverviewAsync(caller, region, cancellationToken));
    }

    private static (Caller Caller, string? Department, string? Region, PageRequest Page) Query(HttpRequest request) => (
        CallerClaims.Require(request.HttpContext.User),
        RequestParameters.Text(request, ApiParameters.DepartmentCode),
        RequestParameters.Text(request, ApiParameters.RegionCode),
        PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken)));
}

/// <summary>A page of open cards, newest first.</summary>
public sealed record CardList(IReadOnlyList<CardLine> Items, string? ContinuationToken);

/// <summary>A page of unanswered notices, most urgent deadline first.</summary>
public sealed record NoticeList(IReadOnlyList<NoticeLine> Items, string? ContinuationToken);
