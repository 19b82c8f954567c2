using Microsoft.Azure.Cosmos;

namespace GovFunctions.Benchmarks;

/// <summary>Counts the document operations (reads, writes, deletes, queries) LocalHost's Cosmos DB client sends once it is set up.</summary>
public sealed class CosmosOperationCounter : RequestHandler
{
    private long _operations;

    public long Operations => Interlocked.Read(ref _operations);

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        // Document reads address the document (…/docs/{id}); creates, upserts and queries are POSTs to the container, replaces PUTs,
        // deletes DELETEs. What is left out are the client's own metadata reads (account, container, partition key ranges).
        if (request.Method != HttpMethod.Get || request.RequestUri.OriginalString.Contains("/docs", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _operations);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
