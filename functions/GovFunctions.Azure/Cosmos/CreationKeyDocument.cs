using System.Text.Json.Serialization;
using GovFunctions.Core.Cases;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// A <see cref="CreationKey"/> in the <c>cases</c> container: id = the key, in a partition of its caller's keys
/// (<c>creation-keys-{scope}</c>), so finding one is a point read and one caller's keys never meet another's.
/// </summary>
internal sealed record CreationKeyDocument(string Id, string PartitionKey, string RequestHash, string CaseNumber, DateTimeOffset At)
{
    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    private const string Prefix = "creation-keys-";

    public static string PartitionOf(string scope) => Prefix + scope;

    public static CreationKeyDocument From(CreationKey key) => new(key.Key, PartitionOf(key.Scope), key.RequestHash, key.CaseNumber, key.At);

    public CreationKey ToKey() => new(PartitionKey[Prefix.Length..], Id, RequestHash, CaseNumber, At);
}
