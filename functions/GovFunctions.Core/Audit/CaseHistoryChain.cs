using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Audit;

/// <summary>
/// A case's history as a hash chain: each event carries the SHA-256 of the one before it (of the case number, for the
/// first) and the origin of the request that made it, so the write that changes a case is itself the audit record of
/// the change — nothing changes a case without it. The audit record of the request fixes the new event's hash, and the
/// day's anchor fixes that record, so a history rewritten afterwards no longer matches the trail.
/// </summary>
public static class CaseHistoryChain
{
    /// <summary>The chain's name in a break report.</summary>
    public static string NameOf(string caseNumber) => "case:" + caseNumber;

    public static string GenesisOf(string caseNumber) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NameOf(caseNumber))));

    /// <summary>SHA-256 over the event's canonical JSON, its audit link included (in the clear: what is encrypted at rest is hashed as read).</summary>
    public static string HashOf(CaseEvent @event) => CanonicalJson.Sha256(JsonSerializer.SerializeToNode(@event, GovJson.Options));

    /// <summary>The event as it is recorded after <paramref name="history"/>: linked to its last event, with the request's origin (null: the platform's own).</summary>
    public static CaseEvent Link(string caseNumber, IReadOnlyList<CaseEvent> history, CaseEvent @event, RequestOrigin? origin) =>
        @event with { Audit = new EventAudit(history.Count == 0 ? GenesisOf(caseNumber) : HashOf(history[^1]), origin) };

    /// <summary>The first event whose link does not hold: changed, removed, reordered or added without its link.</summary>
    public static AuditBreak? FirstBreak(string caseNumber, IReadOnlyList<CaseEvent> history)
    {
        var previous = GenesisOf(caseNumber);
        for (var i = 0; i < history.Count; i++)
        {
            var sequence = i + 1;
            if (history[i].Audit is not { } audit)
            {
                return new AuditBreak(NameOf(caseNumber), sequence, $"Event {sequence} carries no link to the event before it: it was recorded outside the platform's one write path, or its link was removed.");
            }

            if (audit.PreviousHash != previous)
            {
                return new AuditBreak(NameOf(caseNumber), sequence,
                    sequence == 1 ? "Event 1 does not link to the case number: it belongs to another case, or was changed." : $"Event {sequence} does not link to event {sequence - 1}: one of them was changed, removed or moved.");
            }

            previous = HashOf(history[i]);
        }

        return null;
    }
}

/// <summary>An event's place in its case's hash chain, and where it came from (null: the platform acted by itself).</summary>
public sealed record EventAudit(string PreviousHash, RequestOrigin? Request);
