namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// The note that a case's outbox holds work, kept in the <c>cases</c> container's partition <c>outbox-pending</c>
/// (id = case number) so that one single-partition query finds them all at start-up.
/// </summary>
internal sealed record OutboxPendingDocument(string Id, string PartitionKey)
{
    public const string Partition = "outbox-pending";

    public static OutboxPendingDocument For(string caseNumber) => new(caseNumber, Partition);
}
