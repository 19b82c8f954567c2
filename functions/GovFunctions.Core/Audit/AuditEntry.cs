using System.Text.Json.Serialization;
using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Audit;

/// <summary>
/// One audited request as the host answered it: who (subject, roles, department), when, which operation on which
/// resource (the request path, and the case it concerns), how it ended (the answer's status), from where and under
/// which request id (the <c>traceId</c> of a problem answer, so a refusal a caller reports can be found). A change the
/// platform makes by itself (an alarm, an escalation) is an entry too, with the platform as its subject.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Subject,
    IReadOnlyList<string> Roles,
    string? DepartmentCode,
    string Operation,
    string Resource,
    string? CaseNumber,
    int Status,
    string? ClientAddress,
    string? RequestId)
{
    /// <summary>The subject of a request without a valid token.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The case events the request made, each fixed by its hash: the history can no longer be rewritten unnoticed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CaseEventLink>? Changes { get; init; }

    /// <summary>A change with no request behind it: the event's actor, its type as the operation, the event's place in the history as the resource.</summary>
    public static AuditEntry OfChange(CaseEvent @event, CaseEventLink link) =>
        new(@event.At, @event.By, [], null, @event.GetType().Name, $"/cases/{link.CaseNumber}/history/{link.Sequence}", link.CaseNumber, 200, null, null)
        {
            Changes = [link],
        };

    public AuditOutcome Outcome => Status switch
    {
        < 400 => AuditOutcome.Allowed,
        < 500 => AuditOutcome.Refused,
        _ => AuditOutcome.Failed,
    };
}

/// <summary>Allowed (2xx, 3xx), refused by a rule (4xx, with the rule in the answer), or failed in the platform (5xx).</summary>
public enum AuditOutcome
{
    Allowed,
    Refused,
    Failed,
}
