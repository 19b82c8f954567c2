using GovFunctions.Api;
using GovFunctions.Api.Audit;
using GovFunctions.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Audit;

/// <summary>The audit trail's HTTP triggers, and the hourly timer that anchors each day once it is over.</summary>
public sealed class AuditFunctions(AuditApi api, AuditTrail trail)
{
    public const string AnchorName = "AnchorAuditDays";

    [Function(Operations.ListAuditRecords)]
    public Task<IResult> ListAuditRecords(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AuditRecords)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListAuditRecords(request, cancellationToken);

    [Function(Operations.VerifyAuditTrail)]
    public Task<IResult> VerifyAuditTrail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AuditDayVerification)] HttpRequest request, string day, CancellationToken cancellationToken) =>
        api.VerifyAuditTrail(request, day, cancellationToken);

    [Function(Operations.GetAuditAnchor)]
    public Task<IResult> GetAuditAnchor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AuditDayAnchor)] HttpRequest request, string day, CancellationToken cancellationToken) =>
        api.GetAuditAnchor(request, day, cancellationToken);

    [Function(Operations.VerifyCaseHistory)]
    public Task<IResult> VerifyCaseHistory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CaseHistoryVerification)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.VerifyCaseHistory(request, caseNumber, cancellationToken);

    /// <summary>Every hour at :15, so a day is anchored within the hour after Beijing midnight (16:00 UTC) and a missed day is caught up.</summary>
    [Function(AnchorName)]
    public Task AnchorAuditDays([TimerTrigger("0 15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        trail.AnchorDueDaysAsync(cancellationToken);
}
