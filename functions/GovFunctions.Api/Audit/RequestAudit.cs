using System.Diagnostics;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Api.Audit;

/// <summary>
/// Records an answered request in the audit trail before its answer leaves. Both hosts call this with the operation's
/// name and the answer's status; when the record cannot be written the answer is withheld (503), so nothing is shown
/// or confirmed that the trail does not hold. Every operation runs in an <see cref="AuditScope"/>, so a case event it
/// makes carries the request's origin and its record fixes the event, even for an operation not otherwise audited
/// (an applicant's first download of their certificate delivers the case).
/// </summary>
public sealed partial class RequestAudit(AuditTrail trail, TimeProvider time, ILogger<RequestAudit> logger)
{
    private const string NotedCase = "GovFunctions.Audit.Case";

    /// <summary>For an operation whose case is in its body, not its route (a certificate verification).</summary>
    public static void NoteCase(HttpContext http, string caseNumber) => http.Items[NotedCase] = caseNumber;

    /// <summary>The status an answer goes out with: a result's own, 200 for a result without one, or what a host already wrote.</summary>
    public static int StatusOf(object? answer, HttpContext http) => answer switch
    {
        IStatusCodeHttpResult { StatusCode: { } code } => code,
        IResult => StatusCodes.Status200OK,
        _ => http.Response.StatusCode,
    };

    /// <summary>Begins the request's scope, before the operation runs (and, in the Functions worker, before the caller is authenticated).</summary>
    public static AuditScope Begin(HttpContext http) => AuditScope.Begin(() =>
    {
        var caller = CallerClaims.From(http.User);
        return new RequestOrigin(
            caller is null ? [] : [.. caller.Roles.Select(r => r.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal)],
            caller?.DepartmentCode,
            Activity.Current?.Id ?? http.TraceIdentifier,
            http.Connection.RemoteIpAddress?.ToString());
    });

    /// <param name="scope">The request's scope, as <see cref="Begin"/> answered it.</param>
    /// <param name="routeValue">The request's route value of a name, as the host bound it.</param>
    /// <returns>Null when the answer may go; the problem to answer instead when the record could not be written.</returns>
    public async Task<IResult?> RecordAsync(HttpContext http, AuditScope scope, string operation, int status, Func<string, string?> routeValue)
    {
        var caller = CallerClaims.From(http.User);
        var changes = scope.Changes;
        if (changes.Count == 0 && !AuditedOperations.Covers(operation, http.Request.Method, caller))
        {
            return null;
        }

        var origin = scope.Origin;
        var entry = new AuditEntry(
            time.GetUtcNow(),
            caller?.Subject ?? AuditEntry.Anonymous,
            origin.Roles,
            origin.DepartmentCode,
            operation,
            http.Request.Path.ToString(),
            CaseOf(http, routeValue),
            status,
            origin.ClientAddress,
            origin.RequestId)
        {
            Changes = changes.Count == 0 ? null : changes,
        };
        try
        {
            // Not the request's token: a change already made is recorded even when its caller stopped waiting.
            await trail.RecordAsync(entry, CancellationToken.None);
            return null;
        }
        catch (Exception e)
        {
            LogNotRecorded(logger, e, operation, status);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: "The request could not be recorded in the audit trail, so its answer is withheld. Try again; a change already made is kept and answered again.");
        }
    }

    /// <summary>The case a request concerns, when it names one that can exist (a probe with a made-up number files nothing under it).</summary>
    private static string? CaseOf(HttpContext http, Func<string, string?> routeValue)
    {
        var named = http.Items[NotedCase] as string ?? routeValue("caseNumber");
        if (named is null && CertificateIdentifier.TryParse(routeValue("identifier"), out var identifier))
        {
            named = identifier.Value.CaseNumber;
        }

        return CaseNumber.TryParse(named, out _) ? named : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An answered {Operation} ({Status}) could not be recorded in the audit trail; the answer was withheld")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string operation, int status);
}
