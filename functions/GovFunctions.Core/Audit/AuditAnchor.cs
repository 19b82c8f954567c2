using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Audit;

/// <summary>
/// The end of every chain of a Beijing day, fixed once the day is over, with the SHA-256 of the whole list. Kept with
/// the trail and meant to be exported (printed, filed, sent to the supervising authority): records removed from the
/// end of a chain, or added to a closed day, show against it; so does a changed anchor against an exported copy.
/// </summary>
public sealed record AuditAnchor(DateOnly Day, DateTimeOffset At, IReadOnlyList<AuditLink> Heads, string Hash)
{
    public static AuditAnchor Of(DateOnly day, DateTimeOffset at, IEnumerable<AuditLink> heads)
    {
        var sorted = heads.OrderBy(h => h.Chain, StringComparer.Ordinal).ToList();
        return new AuditAnchor(day, at, sorted, HashOf(day, sorted));
    }

    /// <summary>The hash the anchor's heads give now (equal to <see cref="Hash"/> unless the anchor was changed).</summary>
    [JsonIgnore]
    public string ContentHash => HashOf(Day, Heads);

    public AuditLink? HeadOf(AuditChain chain) => Heads.FirstOrDefault(h => h.Chain == chain.ToString());

    private static string HashOf(DateOnly day, IReadOnlyList<AuditLink> heads)
    {
        var content = new JsonObject
        {
            ["day"] = day.ToString("yyyy-MM-dd"),
            ["heads"] = JsonSerializer.SerializeToNode(heads, GovJson.Options),
        };
        return CanonicalJson.Sha256(content);
    }
}

/// <summary>What <c>VerifyAuditTrail</c> found for a day: how much it recomputed and the first break, if any.</summary>
public sealed record AuditReport(DateOnly Day, int Chains, long Records, bool Anchored, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;

    /// <summary>The cases whose histories were checked against the day's records (only once the chains hold).</summary>
    public int CasesChecked { get; init; }
}
