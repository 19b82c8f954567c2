using GovFunctions.Api;
using GovFunctions.Api.Audit;
using GovFunctions.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Functions.Audit;

/// <summary>The audit trail's HTTP triggers, and the hourly timer that anchors each day once it is over.</summary>
public sealed partial class AuditFunctions(AuditApi api, AuditTrail trail, ILogger<AuditFunctions> logger)
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

    /// <summary>Every hour at :15, so a day is anchored within the hour after Beijing midnight (16:00 UTC) and a missed day is caught up.</summary>
    [Function(AnchorName)]
    public async Task AnchorAuditDays([TimerTrigger("0 15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        foreach (var anchor in await trail.AnchorDueDaysAsync(cancellationToken))
        {
            LogAnchored(anchor.Day, anchor.Heads.Count, anchor.Hash);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit day {Day} anchored: {Chains} chains, anchor hash {Hash}")]
    private partial void LogAnchored(DateOnly day, int chains, string hash);
}
