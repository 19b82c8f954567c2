using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>Creates the database and containers when they are missing: for local runs and tests.</summary>
public static class CosmosProvisioner
{
    public static async Task<Database> EnsureAsync(CosmosClient client, string databaseName, CancellationToken cancellationToken)
    {
        Database database = await client.CreateDatabaseIfNotExistsAsync(databaseName, cancellationToken: cancellationToken);
        foreach (var container in CosmosContainers.All)
        {
            await database.CreateContainerIfNotExistsAsync(container, CosmosContainers.PartitionKeyPath, cancellationToken: cancellationToken);
        }

        return database;
    }
}
