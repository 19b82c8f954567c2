using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Errors;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// The audit trail in its own container, which has no time to live (records are kept: see infra/ and README).
/// Partitions: a chain's records under the chain's partition (id <c>{day}.{writer}.{sequence}</c>, so a sequence
/// number is taken by the first create); copies under <c>case:{number}</c>; each day's list of chains under
/// <c>day:{day}</c>; anchors under <c>anchors</c>.
/// </summary>
public sealed class CosmosAuditStore(Container container) : IAuditStore
{
    private const string AnchorPartition = "anchors";

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var chain = AuditChain.Parse(record.Chain);
        return container.CreateOrConflictAsync(
            new RecordDocument(RecordId(chain, record.Sequence), chain.Partition, Day(chain.Day), chain.Writer, record), chain.Partition,
            $"Audit record {record.Sequence} of {record.Chain} is taken.", cancellationToken);
    }

    public async Task<AuditRecord?> ReadAsync(AuditChain chain, long sequence, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<RecordDocument>(RecordId(chain, sequence), chain.Partition, cancellationToken))?.Record;

    public Task ListChainAsync(AuditChain chain, CancellationToken cancellationToken) =>
        container.UpsertItemAsync(new ChainDocument(ChainId(chain), DayPartition(chain.Day), chain.Partition, chain.Writer), new PartitionKey(DayPartition(chain.Day)), cancellationToken: cancellationToken);

    public Task FileUnderCaseAsync(string caseNumber, AuditRecord record, CancellationToken cancellationToken)
    {
        var partition = CasePartition(caseNumber);
        // The hash names the record uniquely; upserted, so a retried request files it once.
        var chain = AuditChain.Parse(record.Chain);
        return container.UpsertItemAsync(new RecordDocument(record.Hash, partition, Day(chain.Day), chain.Writer, record), new PartitionKey(partition), cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<AuditChain>> ListChainsAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await container.ReadPartitionAsync<ChainDocument>(DayPartition(day), cancellationToken)).Select(c => new AuditChain(c.Chain, day, c.Writer)).ToList();

    public async Task<IReadOnlyList<AuditRecord>> ReadChainAsync(AuditChain chain, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk AND c.day = @day AND c.writer = @writer")
            .WithParameter("@pk", chain.Partition).WithParameter("@day", Day(chain.Day)).WithParameter("@writer", chain.Writer);
        return (await container.ReadAllAsync<RecordDocument>(query, chain.Partition, cancellationToken)).Select(d => d.Record).ToList();
    }

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditRecordFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var partition = filter.CaseNumber is { } caseNumber ? CasePartition(caseNumber) : AuditChain.SubjectPartition(filter.Subject!);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk AND c.day >= @from AND c.day <= @to")
            .WithParameter("@pk", partition).WithParameter("@from", Day(from)).WithParameter("@to", Day(to));
        return (await container.ReadAllAsync<RecordDocument>(query, partition, cancellationToken)).Select(d => d.Record).ToList();
    }

    public async Task<AuditAnchor?> ReadAnchorAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<AnchorDocument>(Day(day), AnchorPartition, cancellationToken))?.Anchor;

    public async Task<AuditAnchor> SaveAnchorAsync(AuditAnchor anchor, CancellationToken cancellationToken)
    {
        try
        {
            await container.CreateOrConflictAsync(new AnchorDocument(Day(anchor.Day), AnchorPartition, anchor), AnchorPartition, "The day is anchored.", cancellationToken);
            return anchor;
        }
        catch (ConflictException)
        {
            return (await ReadAnchorAsync(anchor.Day, cancellationToken))!;
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayPartition(DateOnly day) => "day:" + Day(day);

    private static string CasePartition(string caseNumber) => "case:" + caseNumber;

    /// <summary>Sequence numbers padded, so ids sort as the chain runs.</summary>
    private static string RecordId(AuditChain chain, long sequence) => $"{Day(chain.Day)}.{chain.Writer}.{sequence.ToString("D10", CultureInfo.InvariantCulture)}";

    /// <summary>A chain's partition may hold characters a document id may not ('/', '#', '?'): a hash names its listing.</summary>
    private static string ChainId(AuditChain chain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{chain.Partition}~{chain.Writer}")));

    internal sealed record RecordDocument(string Id, string PartitionKey, string Day, string Writer, AuditRecord Record);

    /// <param name="Chain">The chain's partition.</param>
    internal sealed record ChainDocument(string Id, string PartitionKey, string Chain, string Writer);

    internal sealed record AnchorDocument(string Id, string PartitionKey, AuditAnchor Anchor);
}
