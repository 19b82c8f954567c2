using GovFunctions.Azure.Cosmos;

namespace GovFunctions.IntegrationTests;

public sealed class CosmosCertificateIndexStoreTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private CosmosCertificateIndexStore Store => new(cosmos.Database.GetContainer(CosmosContainers.Catalog));

    [Fact]
    public async Task Positions_taken_at_once_by_many_callers_are_each_taken_once_from_zero_without_gaps()
    {
        const string issuer = "11330302002653271N";
        Assert.Equal(0, await Store.CountAsync(issuer, default));

        var taken = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Store.NextAsync(issuer, default)));

        Assert.Equal(Enumerable.Range(0, 16), taken.Order());
        Assert.Equal(16, await Store.CountAsync(issuer, default));
        Assert.Equal(0, await Store.NextAsync("113507000041576378", default));
    }
}
