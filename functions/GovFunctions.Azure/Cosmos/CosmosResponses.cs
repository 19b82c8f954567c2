using System.Net;
using GovFunctions.Core.Errors;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

internal static class CosmosResponses
{
    /// <summary>Reads one document by id within its partition (a point read, 1 RU), or null when there is none.</summary>
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

    /// <summary>Every document of one partition, read page by page to the end.</summary>
    public static Task<IReadOnlyList<T>> ReadPartitionAsync<T>(this Container container, string partitionKey, CancellationToken cancellationToken) =>
        container.ReadAllAsync<T>(PartitionQuery(partitionKey), partitionKey, cancellationToken);

    /// <summary>Every document a single-partition query finds, read page by page to the end (pages of <paramref name="pageSize"/>: -1, as large as the service allows).</summary>
    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        this Container container, QueryDefinition query, string partitionKey, CancellationToken cancellationToken, int? pageSize = null)
    {
        var documents = new List<T>();
        using var feed = container.GetItemQueryIterator<T>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partitionKey), MaxItemCount = pageSize });
        while (feed.HasMoreResults)
        {
            documents.AddRange(await feed.ReadNextAsync(cancellationToken));
        }

        return documents;
    }

    /// <summary>The query of one whole partition: the WHERE clause the emulator (and good practice) requires.</summary>
    public static QueryDefinition PartitionQuery(string partitionKey) =>
        new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk").WithParameter("@pk", partitionKey);

    /// <summary>
    /// Deletes a document when it is there (and, with <paramref name="ifMatch"/>, still that version); nothing happens when
    /// it is not. Answers false only when a newer version stayed.
    /// </summary>
    public static async Task<bool> DeleteIfExistsAsync<T>(this Container container, string id, string partitionKey, string? ifMatch, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await container.DeleteItemAsync<T>(id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>Creates a document and returns its ETag; <see cref="ConflictException"/> when its id is taken in the partition.</summary>
    public static async Task<string> CreateOrConflictAsync<T>(this Container container, T document, string partitionKey, string conflict, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.CreateItemAsync(document, new PartitionKey(partitionKey), cancellationToken: cancellationToken)).ETag;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            throw new ConflictException(conflict);
        }
    }

    /// <summary>
    /// Replaces a document only if it still has <paramref name="eTag"/>; <see cref="PreconditionFailedException"/>
    /// otherwise, a document removed since included (nothing has that ETag any more).
    /// </summary>
    public static async Task<string> ReplaceIfMatchAsync<T>(this Container container, T document, string id, string partitionKey, string eTag, string stale, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.ReplaceItemAsync(document, id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = eTag }, cancellationToken)).ETag;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new PreconditionFailedException(stale);
        }
    }
}
