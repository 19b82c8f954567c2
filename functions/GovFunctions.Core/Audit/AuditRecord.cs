using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Audit;

/// <summary>
/// An audit entry at its place in its chain: <see cref="Sequence"/> counts from 1 within the chain,
/// <see cref="PreviousHash"/> is the hash of the record before it (the chain's genesis for the first), and
/// <see cref="Hash"/> the SHA-256 of this record's canonical JSON without the hash itself. Changing, removing or
/// reordering any stored record breaks a link that <see cref="AuditVerification"/> finds.
/// </summary>
public sealed record AuditRecord(string Chain, long Sequence, string PreviousHash, AuditEntry Entry, string Hash)
{
    /// <summary>The record that follows <paramref name="previous"/> (null: the chain's first).</summary>
    public static AuditRecord Link(AuditChain chain, AuditLink? previous, AuditEntry entry)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? chain.Genesis;
        return new AuditRecord(chain.ToString(), sequence, previousHash, entry, HashOf(chain.ToString(), sequence, previousHash, entry));
    }

    [JsonIgnore]
    public AuditLink AsLink => new(Chain, Sequence, Hash);

    /// <summary>The hash this record's content gives now (equal to <see cref="Hash"/> unless the record was changed).</summary>
    [JsonIgnore]
    public string ContentHash => HashOf(Chain, Sequence, PreviousHash, Entry);

    private static string HashOf(string chain, long sequence, string previousHash, AuditEntry entry)
    {
        var content = new JsonObject
        {
            ["chain"] = chain,
            ["sequence"] = sequence,
            ["previousHash"] = previousHash,
            ["entry"] = JsonSerializer.SerializeToNode(entry, GovJson.Options),
        };
        return CanonicalJson.Sha256(content);
    }
}
