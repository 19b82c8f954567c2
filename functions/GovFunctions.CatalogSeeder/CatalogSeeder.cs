using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.CatalogSeeder;

/// <summary>Publishes a seed file into the catalog of a Cosmos DB account whose database and containers exist (infra/ creates them).</summary>
public static class CatalogSeeder
{
    public static async Task<(int Added, int Existing)> SeedAsync(CosmosOptions cosmos, string seedFile, CancellationToken cancellationToken)
    {
        using var client = CosmosClientFactory.Create(cosmos);
        var store = new CosmosCatalogStore(client.GetDatabase(cosmos.DatabaseName).GetContainer(CosmosContainers.Catalog));
        var regions = RegionDirectory.Official;
        var catalog = new CatalogService(store, new ServiceItemValidator(regions), regions, TimeProvider.System, NullLogger<CatalogService>.Instance);
        await using var file = File.OpenRead(seedFile);
        return await CatalogSeed.ImportAsync(catalog, file, cancellationToken);
    }
}
