using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Catalog;

namespace GovFunctions.IntegrationTests;

/// <summary>The seeding tool the azd postprovision hook runs (SEED_CATALOG=true), against the emulator.</summary>
public sealed class CatalogSeederTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    [Fact]
    public async Task The_seed_catalog_is_published_once_and_a_second_run_changes_nothing()
    {
        var options = Emulators.Cosmos(cosmos.Database.Id);
        var seedFile = Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json");

        Assert.Equal((Seed.Items.Count, 0), await CatalogSeeder.CatalogSeeder.SeedAsync(options, seedFile, default));
        Assert.Equal((0, Seed.Items.Count), await CatalogSeeder.CatalogSeeder.SeedAsync(options, seedFile, default));

        var store = new CosmosCatalogStore(cosmos.Database.GetContainer(CosmosContainers.Catalog));
        var lightning = await store.FindCurrentAsync(Seed.Lightning.Code, default);
        Assert.Equal(ServiceItemStatus.Published, lightning!.Status);
    }
}
