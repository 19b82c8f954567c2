using System.Net;
using GovFunctions.Core.Certificates;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// Status list positions as one counter document per issuer in the catalog container (partition
/// <c>certificate-status</c>, id <c>index-{credit code}</c>), advanced with If-Match: a lost race reads again.
/// </summary>
public sealed class CosmosCertificateIndexStore(Container container) : ICertificateIndexStore
{
    private const string Partition = "certificate-status";
    private const int MaxAttempts = 50;

    public async Task<int> NextAsync(string issuerCode, CancellationToken cancellationToken)
    {
        var id = "index-" + issuerCode;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            try
            {
                var current = await ReadAsync(id, cancellationToken);
                if (current is null)
                {
                    await container.CreateItemAsync(new IndexDocument(id, Partition, 1), new PartitionKey(Partition), cancellationToken: cancellationToken);
                    return 0;
                }

                await container.ReplaceItemAsync(current.Value.Document with { Count = current.Value.Document.Count + 1 }, id, new PartitionKey(Partition),
                    new ItemRequestOptions { IfMatchEtag = current.Value.ETag }, cancellationToken);
                return current.Value.Document.Count;
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
            {
                // Another instance took the position first: read the counter again.
            }
        }

        throw new InvalidOperationException($"Could not take a status list position of issuer {issuerCode} in {MaxAttempts} attempts.");
    }

    public async Task<int> CountAsync(string issuerCode, CancellationToken cancellationToken) =>
        (await ReadAsync("index-" + issuerCode, cancellationToken))?.Document.Count ?? 0;

    private async Task<(IndexDocument Document, string ETag)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.ReadItemAsync<IndexDocument>(id, new PartitionKey(Partition), cancellationToken: cancellationToken);
            return (response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    internal sealed record IndexDocument(string Id, string PartitionKey, int Count);
}
