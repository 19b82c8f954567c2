using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;

namespace GovFunctions.Api.Audit;

/// <summary>The audit trail's operations: listing records of a case or an account, verifying a day or a case's history, exporting a day's anchor.</summary>
public sealed class AuditApi(AuditTrail trail, AuditLookup lookup, CaseHistoryAudit caseHistories)
{
    /// <summary>Exactly one of <c>caseNumber</c> (its applicant, supervisors of its regions, admins) or <c>subject</c> (admins; anyone for themselves).</summary>
    public async Task<IResult> ListAuditRecords(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var caseNumber = RequestParameters.Text(request, ApiParameters.AuditCase);
        var subject = RequestParameters.Text(request, ApiParameters.AuditSubject);
        var from = RequestParameters.Day(request, ApiParameters.From);
        var to = RequestParameters.Day(request, ApiParameters.To);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        if ((caseNumber is null) == (subject is null))
        {
            throw ValidationFailedException.For(ApiParameters.AuditCase.Name, $"give either '{ApiParameters.AuditCase.Name}' or '{ApiParameters.AuditSubject.Name}'.");
        }

        var records = caseNumber is not null
            ? await lookup.ListForCaseAsync(caller, caseNumber, from, to, page, cancellationToken)
            : await lookup.ListForSubjectAsync(caller, subject!, from, to, page, cancellationToken);
        return Results.Ok(new AuditRecordList(records.Items, records.ContinuationToken));
    }

    public async Task<IResult> VerifyAuditTrail(HttpRequest request, string day, CancellationToken cancellationToken)
    {
        CallerClaims.Require(request.HttpContext.User).Require(PlatformRole.Admin, PlatformRole.Supervisor);
        return Results.Ok(await caseHistories.VerifyDayAsync(RequestParameters.DayOf(nameof(day), day), cancellationToken));
    }

    /// <summary>The day's anchor, written now if the day is over and the daily timer has not yet done it.</summary>
    public async Task<IResult> GetAuditAnchor(HttpRequest request, string day, CancellationToken cancellationToken)
    {
        CallerClaims.Require(request.HttpContext.User).Require(PlatformRole.Admin, PlatformRole.Supervisor);
        return Results.Ok(await trail.AnchorAsync(RequestParameters.DayOf(nameof(day), day), cancellationToken));
    }

    public async Task<IResult> VerifyCaseHistory(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        Results.Ok(await caseHistories.VerifyAsync(CallerClaims.Require(request.HttpContext.User), caseNumber, cancellationToken));
}

/// <summary>A page of audit records, oldest first.</summary>
public sealed record AuditRecordList(IReadOnlyList<AuditRecord> Items, string? ContinuationToken);
