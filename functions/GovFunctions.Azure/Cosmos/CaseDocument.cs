using System.Text.Json.Serialization;
using GovFunctions.Core.Cases;

namespace GovFunctions.Azure.Cosmos;

/// <summary>A case in the <c>cases</c> container: id and partition key are the case number, so every read is a point in one partition.</summary>
internal sealed record CaseDocument(
    string Id,
    string PartitionKey,
    CaseState State,
    IReadOnlyList<CaseEvent> History,
    CaseOutbox Outbox,
    IReadOnlyDictionary<string, string> IdempotencyKeys)
{
    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    public static CaseDocument From(CaseRecord record) =>
        new(record.State.Number, record.State.Number, record.State, record.History, record.Outbox, record.IdempotencyKeys);

    public CaseRecord ToRecord() => new(State, History, Outbox, IdempotencyKeys);
}
