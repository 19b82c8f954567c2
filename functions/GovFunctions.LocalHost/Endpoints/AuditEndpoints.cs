using GovFunctions.Api;
using GovFunctions.Api.Audit;
using GovFunctions.Api.Http;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Identity;

namespace GovFunctions.LocalHost.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("").WithTags("Audit trail");

        audit.MapGet(Routes.AuditRecords, (HttpRequest request, AuditApi handler, CancellationToken ct) => handler.ListAuditRecords(request, ct))
            .WithName(Operations.ListAuditRecords)
            .WithSummary("审计: the audit records of a case (caseNumber: its applicant sees who acted on and read it, without addresses; supervisors of its regions and admins see all) or of an account (subject: admins; anyone for themselves), oldest first, over Beijing days from..to (default the last 30, at most 366). Listing is itself recorded.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Supervisor, PlatformRole.Admin)
            .WithQueryParameter(ApiParameters.AuditCase)
            .WithQueryParameter(ApiParameters.AuditSubject)
            .WithQueryParameter(ApiParameters.From)
            .WithQueryParameter(ApiParameters.To)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<AuditRecordList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        audit.MapGet(Routes.AuditDayVerification, (HttpRequest request, string day, AuditApi handler, CancellationToken ct) => handler.VerifyAuditTrail(request, day, ct))
            .WithName(Operations.VerifyAuditTrail)
            .WithSummary("Recomputes every hash chain of a Beijing day (yyyy-MM-dd) against its records and, once the day is anchored, against its anchor; answers the counts and the first broken link (admin, supervisor).")
            .ForCallers(PlatformRole.Admin, PlatformRole.Supervisor)
            .Produces<AuditReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapGet(Routes.AuditDayAnchor, (HttpRequest request, string day, AuditApi handler, CancellationToken ct) => handler.GetAuditAnchor(request, day, ct))
            .WithName(Operations.GetAuditAnchor)
            .WithSummary("The anchor of a Beijing day that is over: the last record (sequence, hash) of each of its chains and the hash of the list, written once at day end, for export and safekeeping outside the platform (admin, supervisor). 409 while the day is not over.")
            .ForCallers(PlatformRole.Admin, PlatformRole.Supervisor)
            .Produces<AuditAnchor>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        audit.MapGet(Routes.CaseHistoryVerification, (HttpRequest request, string caseNumber, AuditApi handler, CancellationToken ct) => handler.VerifyCaseHistory(request, caseNumber, ct))
            .WithName(Operations.VerifyCaseHistory)
            .WithSummary("Recomputes a case's history as a hash chain (each event links the one before it and carries the request it came from) and checks every event an audit record fixed against that record and its chain; answers the counts, the events no record fixes, and the first break (admin, supervisor of a region the case passes through).")
            .ForCallers(PlatformRole.Admin, PlatformRole.Supervisor)
            .Produces<CaseHistoryReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
