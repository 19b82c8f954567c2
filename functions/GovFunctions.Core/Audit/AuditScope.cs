using System.Collections.Concurrent;

namespace GovFunctions.Core.Audit;

/// <summary>
/// The request being answered, as the code that changes a case sees it: the case's own write carries the request's
/// <see cref="Origin"/>, and the request's audit record the case events it made (<see cref="Changes"/>). Begun by the
/// host around each operation, inside the async call that answers it, so it flows with that call and ends with it; the
/// origin is read when first asked for, once the host has authenticated the caller.
/// </summary>
public sealed class AuditScope
{
    private static readonly AsyncLocal<AuditScope?> Ambient = new();

    private readonly ConcurrentQueue<CaseEventLink> _changes = new();

    private readonly Lazy<RequestOrigin> _origin;

    private AuditScope(Func<RequestOrigin> origin) => _origin = new Lazy<RequestOrigin>(origin);

    /// <summary>The request whose call this is; null for what the platform does by itself (alarms, the outbox, timers).</summary>
    public static AuditScope? Current => Ambient.Value;

    public RequestOrigin Origin => _origin.Value;

    public IReadOnlyList<CaseEventLink> Changes => [.. _changes];

    public static AuditScope Begin(Func<RequestOrigin> origin) => Ambient.Value = new AuditScope(origin);

    public void Noted(CaseEventLink change) => _changes.Enqueue(change);
}

/// <summary>A case event as an audit record fixes it: the case, the event's place in its history, and the event's hash.</summary>
public sealed record CaseEventLink(string CaseNumber, int Sequence, string Hash);
