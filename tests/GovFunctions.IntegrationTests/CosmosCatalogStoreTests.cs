using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Serialization;

namespace GovFunctions.IntegrationTests;

public sealed class CosmosCatalogStoreTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private CosmosCatalogStore NewStore() =>
        new(cosmos.Database.GetContainer(CosmosContainers.Catalog));

    /// <summary>Each test works under its own codes, so tests sharing the database do not see each other.</summary>
    private static ServiceItem Item(string code, string version = "1.0", ServiceItemStatus status = ServiceItemStatus.Draft) =>
        Seed.Items[0] with { Code = code, Version = version, Status = status };

    private static string UniqueCode() => $"XK{Random.Shared.Next(10_000_000, 99_999_999)}-330300000000";

    [Fact]
    public async Task Versions_are_created_read_and_listed_with_their_ETags()
    {
        var store = NewStore();
        var code = UniqueCode();

        var v10 = await store.CreateVersionAsync(Item(code, "1.0", ServiceItemStatus.Published), default);
        var v11 = await store.CreateVersionAsync(Item(code, "1.1"), default);

        var versions = await store.ListVersionsAsync(code, default);
        Assert.Equal(["1.0", "1.1"], versions.Select(v => v.Item.Version).Order());
        Assert.All(versions, v => Assert.False(string.IsNullOrEmpty(v.ETag)));
        var read = await store.FindVersionAsync(code, "1.1", default);
        Assert.Equal((v11.ETag, ServiceItemStatus.Draft), (read!.ETag, read.Item.Status));
        Assert.Equal(Seed.Items[0].Materials.Count, read.Item.Materials.Count);
        Assert.Equal(Seed.Items[0].EffectiveFrom, read.Item.EffectiveFrom);
        Assert.NotEqual(v10.ETag, v11.ETag);
        Assert.Null(await store.FindVersionAsync(code, "7.0", default));
    }

    [Fact]
    public async Task A_version_cannot_be_created_twice()
    {
        var store = NewStore();
        var code = UniqueCode();
        await store.CreateVersionAsync(Item(code), default);

        await Assert.ThrowsAsync<ConflictException>(() => store.CreateVersionAsync(Item(code) with { Name = "again" }, default));

        Assert.Equal(Seed.Items[0].Name, (await store.FindVersionAsync(code, "1.0", default))!.Item.Name);
    }

    [Fact]
    public async Task A_stale_ETag_cannot_replace_a_version()
    {
        var store = NewStore();
        var code = UniqueCode();
        var created = await store.CreateVersionAsync(Item(code), default);
        await store.ReplaceVersionAsync(Item(code) with { Name = "first edit" }, created.ETag, default);

        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            store.ReplaceVersionAsync(Item(code) with { Name = "lost update" }, created.ETag, default));

        Assert.Equal("first edit", (await store.FindVersionAsync(code, "1.0", default))!.Item.Name);
    }

    [Fact]
    public async Task The_current_list_filters_and_pages_through_every_item()
    {
        var store = NewStore();
        foreach (var item in Seed.Items)
        {
            await store.SetCurrentAsync(item, default);
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.ListCurrentAsync(new CatalogFilter(), new PageRequest(5, token), default);
            Assert.True(page.Items.Count <= 5);
            seen.AddRange(page.Items.Select(i => i.Code));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 20);

        Assert.Equal(Seed.Items.Select(i => i.Code).Order(), seen.Order());
        Assert.Equal(4, pages);

        await AssertFilter(store, new CatalogFilter(RegionCode: "330000"), Seed.Items.Where(i => i.RegionCode.StartsWith("33", StringComparison.Ordinal)));
        await AssertFilter(store, new CatalogFilter(RegionCode: "350700"), Seed.Items.Where(i => i.RegionCode.StartsWith("3507", StringComparison.Ordinal)));
        await AssertFilter(store, new CatalogFilter(Type: "公共服务"), Seed.Items.Where(i => i.Type == "公共服务"));
        await AssertFilter(store, new CatalogFilter(DepartmentCode: "330300-QXJ"), Seed.Items.Where(i => i.DepartmentCode == "330300-QXJ"));
        await AssertFilter(store, new CatalogFilter(OnlineLevel: "网上预审", Keyword: "雷电"), Seed.Items.Where(i => i.OnlineLevel == "网上预审" && i.Name.Contains("雷电")));
    }

    [Fact]
    public async Task A_forged_continuation_token_is_a_validation_error()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            NewStore().ListCurrentAsync(new CatalogFilter(), new PageRequest(5, "not-a-token!"), default));

        Assert.Equal(["continuationToken"], refused.Errors.Keys);
    }

    private static async Task AssertFilter(CosmosCatalogStore store, CatalogFilter filter, IEnumerable<ServiceItem> expected)
    {
        var page = await store.ListCurrentAsync(filter, new PageRequest(100, null), default);
        var codes = expected.Select(i => i.Code).Order().ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes, page.Items.Select(i => i.Code).Order());
    }
}
