using System.Net;
using GovFunctions.Core.Paging;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

internal static class CosmosPaging
{
    /// <summary>One page of a single-partition query, with the continuation token made opaque for callers.</summary>
    public static async Task<Page<TItem>> ReadPageAsync<TDocument, TItem>(
        this Container container, QueryDefinition query, string partition, PageRequest page, Func<TDocument, TItem> select, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { PartitionKey = new PartitionKey(partition), MaxItemCount = page.PageSize };
        using var feed = container.GetItemQueryIterator<TDocument>(query, ContinuationTokens.Decode(page.ContinuationToken), options);
        try
        {
            var response = await feed.ReadNextAsync(cancellationToken);
            return new Page<TItem>(response.Select(select).ToList(), ContinuationTokens.Encode(response.ContinuationToken));
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.BadRequest && page.ContinuationToken is not null)
        {
            throw PageRequest.InvalidToken();
        }
    }
}
