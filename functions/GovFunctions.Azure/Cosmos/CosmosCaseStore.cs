using System.Net;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>Cases on Cosmos DB with optimistic concurrency on the document's ETag.</summary>
public sealed class CosmosCaseStore(Container container) : ICaseStore
{
    public async Task<StoredCase> CreateAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        var document = CaseDocument.From(record);
        try
        {
            var response = await container.CreateItemAsync(document, new PartitionKey(document.PartitionKey), cancellationToken: cancellationToken);
            return new StoredCase(record, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            throw new ConflictException($"Case number {document.Id} is taken.");
        }
    }

    public async Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var document = await container.ReadOrNullAsync<CaseDocument>(caseNumber, caseNumber, cancellationToken);
        return document is null ? null : new StoredCase(document.ToRecord(), document.ETag!);
    }

    public async Task<StoredCase> ReplaceAsync(CaseRecord record, string eTag, CancellationToken cancellationToken)
    {
        var document = CaseDocument.From(record);
        try
        {
            var response = await container.ReplaceItemAsync(
                document, document.Id, new PartitionKey(document.PartitionKey), new ItemRequestOptions { IfMatchEtag = eTag }, cancellationToken);
            return new StoredCase(record, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new PreconditionFailedException($"Case {document.Id} changed since it was read.");
        }
    }

    public async Task MarkOutboxPendingAsync(string caseNumber, CancellationToken cancellationToken) =>
        await container.UpsertItemAsync(OutboxPendingDocument.For(caseNumber), new PartitionKey(OutboxPendingDocument.Partition), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<string>> ListOutboxPendingAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk").WithParameter("@pk", OutboxPendingDocument.Partition);
        var pending = new List<string>();
        using var feed = container.GetItemQueryIterator<OutboxPendingDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(OutboxPendingDocument.Partition) });
        while (feed.HasMoreResults)
        {
            pending.AddRange((await feed.ReadNextAsync(cancellationToken)).Select(d => d.Id));
        }

        return pending;
    }

    public async Task ClearOutboxPendingAsync(string caseNumber, CancellationToken cancellationToken)
    {
        if (await container.ReadOrNullAsync<OutboxPendingDocument>(caseNumber, OutboxPendingDocument.Partition, cancellationToken) is not null)
        {
            await container.DeleteItemAsync<OutboxPendingDocument>(caseNumber, new PartitionKey(OutboxPendingDocument.Partition), cancellationToken: cancellationToken);
        }
    }
}
