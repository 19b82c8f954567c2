using Microsoft.Azure.Cosmos;

namespace GovFunctions.Benchmarks;

/// <summary>Counts the document operations (reads, writes, deletes, queries) LocalHost's Cosmos DB client sends.</summary>
public sealed class CosmosOperationCounter : RequestHandler
{
    private long _operations;

    public long Operations => Interlocked.Read(ref _operations);

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri.OriginalString.Contains("/docs", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _operations);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
