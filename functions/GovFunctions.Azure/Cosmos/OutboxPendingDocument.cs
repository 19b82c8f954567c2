using GovFunctions.Core.Milestones;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// An <see cref="OutboxNote"/>, kept in the <c>cases</c> container's partition <c>outbox-pending</c> (id = case
/// number) so that one single-partition query finds them all: at start-up, on each retry, for the backlog.
/// </summary>
internal sealed record OutboxPendingDocument(string Id, string PartitionKey, string ProvinceCode, int PendingMessages, DateTimeOffset? OldestMessageAt)
{
    public const string Partition = "outbox-pending";

    public int Failures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? RetryAt { get; init; }

    public static OutboxPendingDocument From(OutboxNote note) => new(note.CaseNumber, Partition, note.ProvinceCode, note.PendingMessages, note.OldestMessageAt)
    {
        Failures = note.Failures,
        LastError = note.LastError,
        RetryAt = note.RetryAt,
    };

    public OutboxNote ToNote() => new(Id, ProvinceCode, PendingMessages, OldestMessageAt) { Failures = Failures, LastError = LastError, RetryAt = RetryAt };
}
