using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.IntegrationTests;

public sealed class CosmosProvisionerTests
{
    /// <summary>
    /// The emulator numbers databases in sequence; the ones whose resource id has a '/' in base64 cannot be queried
    /// (README, local emulators). Seventy databases in a row cross at least one such number.
    /// </summary>
    [Fact]
    public async Task Every_database_the_provisioner_creates_answers_queries()
    {
        using var client = CosmosClientFactory.Create(Emulators.Cosmos("unused"));
        var prefix = "it-prov-" + Guid.NewGuid().ToString("N")[..6] + "-";
        try
        {
            for (var i = 0; i < 70; i++)
            {
                var database = await CosmosProvisioner.EnsureAsync(client, prefix + i, default);
                var query = database.GetContainer(CosmosContainers.Catalog).GetItemQueryIterator<object>(
                    new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = 'current'"), requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("current") });
                Assert.Empty(await query.ReadNextAsync());
                await database.DeleteAsync();
            }
        }
        finally
        {
            for (var i = 0; i < 70; i++)
            {
                try
                {
                    await client.GetDatabase(prefix + i).DeleteAsync();
                }
                catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    // Deleted by the test.
                }
            }
        }
    }
}
