using System.Net;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

internal static class CosmosResponses
{
    /// <summary>A point read that answers null for a missing document instead of throwing.</summary>
    public static async Task<T?> ReadOrNullAsync<T>(this Container container, string id, string partitionKey, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
