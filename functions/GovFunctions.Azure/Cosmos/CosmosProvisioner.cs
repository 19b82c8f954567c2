using System.Net;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>Creates the database and containers when they are missing: for local runs and tests.</summary>
public static class CosmosProvisioner
{
    private const int MaxAttempts = 3;

    public static async Task<Database> EnsureAsync(CosmosClient client, string databaseName, CancellationToken cancellationToken)
    {
        var database = await CreateDatabaseAsync(client, databaseName, cancellationToken);
        foreach (var container in CosmosContainers.All)
        {
            await database.CreateContainerIfNotExistsAsync(container, CosmosContainers.PartitionKeyPath, cancellationToken: cancellationToken);
        }

        return database;
    }

    /// <summary>
    /// The local emulator cannot route requests addressed by a resource id whose base64 holds '/' or '+' (the SDK
    /// sends such ids with '-' for '/'): queries in such a database answer 404 "stale cache". About one database in
    /// 32 draws one, so a database just created with one is dropped and created again under a fresh id.
    /// </summary>
    private static async Task<Database> CreateDatabaseAsync(CosmosClient client, string databaseName, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.CreateDatabaseIfNotExistsAsync(databaseName, cancellationToken: cancellationToken);
            var selfLink = (response.Resource.SelfLink ?? "").Trim('/'); // "dbs/{resource id}"
            var resourceId = selfLink.StartsWith("dbs/", StringComparison.Ordinal) ? selfLink[4..] : "";
            if (response.StatusCode != HttpStatusCode.Created || attempt == MaxAttempts || !resourceId.Contains('/') && !resourceId.Contains('+'))
            {
                return response.Database;
            }

            await response.Database.DeleteAsync(cancellationToken: cancellationToken);
        }
    }
}
