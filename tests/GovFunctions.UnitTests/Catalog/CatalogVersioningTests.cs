using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.UnitTests.Catalog;

public class CatalogVersioningTests
{
    private static readonly Caller Admin = new("admin-1", new HashSet<PlatformRole> { PlatformRole.Admin });
    private static readonly Caller Clerk = new("clerk-1", new HashSet<PlatformRole> { PlatformRole.Clerk }, "330300-QXJ", "330300");

    private readonly InMemoryCatalogStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly CatalogService _catalog;

    public CatalogVersioningTests() =>
        _catalog = new CatalogService(_store, new ServiceItemValidator(RegionDirectory.Official), RegionDirectory.Official, _time, NullLogger<CatalogService>.Instance);

    private static ServiceItem NewItem => SeedItems.Lightning with { Version = "9.9", Status = ServiceItemStatus.Published };

    [Fact]
    public async Task A_new_item_starts_as_draft_1_0_invisible_to_the_public()
    {
        var created = await _catalog.CreateDraftAsync(Admin, NewItem, default);

        Assert.Equal("1.0", created.Item.Version);
        Assert.Equal(ServiceItemStatus.Draft, created.Item.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => _catalog.GetCurrentAsync(NewItem.Code, default));
        await Assert.ThrowsAsync<NotFoundException>(() => _catalog.GetVersionAsync(NewItem.Code, "1.0", caller: null, default));
        Assert.Equal(ServiceItemStatus.Draft, (await _catalog.GetVersionAsync(NewItem.Code, "1.0", Admin, default)).Item.Status);
    }

    [Fact]
    public async Task A_published_version_is_read_from_the_store_once_and_a_draft_on_every_read()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);
        await _catalog.GetVersionAsync(NewItem.Code, "1.0", Admin, default);
        await _catalog.UpdateDraftAsync(Admin, NewItem.Code, NewItem with { Name = "改过的草稿" }, null, default);
        Assert.Equal("改过的草稿", (await _catalog.GetVersionAsync(NewItem.Code, "1.0", Admin, default)).Item.Name);

        await _catalog.PublishAsync(Admin, NewItem.Code, null, default);
        var readsBefore = _store.VersionReads;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ServiceItemStatus.Published, (await _catalog.GetVersionAsync(NewItem.Code, "1.0", caller: null, default)).Item.Status);
        }

        Assert.Equal(1, _store.VersionReads - readsBefore);
    }

    [Fact]
    public async Task Publishing_makes_the_draft_current_and_stamps_the_time()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);

        await _catalog.PublishAsync(Admin, NewItem.Code, ifMatch: null, default);

        var current = await _catalog.GetCurrentAsync(NewItem.Code, default);
        Assert.Equal(("1.0", ServiceItemStatus.Published, _time.GetUtcNow()), (current.Version, current.Status, current.PublishedAt));
    }

    [Fact]
    public async Task Revising_a_published_item_opens_the_next_version_and_keeps_the_old_one_readable()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);
        await _catalog.PublishAsync(Admin, NewItem.Code, null, default);

        var revised = await _catalog.UpdateDraftAsync(Admin, NewItem.Code, NewItem with { Name = "雷电防护装置设计审核（修订）" }, null, default);
        Assert.Equal("1.1", revised.Item.Version);
        Assert.Equal("雷电防护装置设计审核", (await _catalog.GetCurrentAsync(NewItem.Code, default)).Name);

        await _catalog.PublishAsync(Admin, NewItem.Code, null, default);

        Assert.Equal("1.1", (await _catalog.GetCurrentAsync(NewItem.Code, default)).Version);
        var old = await _catalog.GetVersionAsync(NewItem.Code, "1.0", null, default);
        Assert.Equal(("雷电防护装置设计审核", ServiceItemStatus.Published), (old.Item.Name, old.Item.Status));
    }

    [Fact]
    public async Task Editing_an_open_draft_keeps_its_version_and_honours_if_match()
    {
        var created = await _catalog.CreateDraftAsync(Admin, NewItem, default);
        var edited = await _catalog.UpdateDraftAsync(Admin, NewItem.Code, NewItem with { Name = "改一" }, created.ETag, default);

        Assert.Equal("1.0", edited.Item.Version);
        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            _catalog.UpdateDraftAsync(Admin, NewItem.Code, NewItem with { Name = "改二" }, created.ETag, default));
        Assert.Equal("改一", (await _catalog.GetVersionAsync(NewItem.Code, "1.0", Admin, default)).Item.Name);
    }

    [Fact]
    public async Task Publishing_again_is_a_harmless_replay()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);
        var first = await _catalog.PublishAsync(Admin, NewItem.Code, null, default);
        _time.Advance(TimeSpan.FromHours(1));

        var again = await _catalog.PublishAsync(Admin, NewItem.Code, null, default);

        Assert.Equal(first.Item, again.Item);
        Assert.Single(await _store.ListVersionsAsync(NewItem.Code, default));
    }

    [Fact]
    public async Task A_code_can_be_created_only_once()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _catalog.CreateDraftAsync(Admin, NewItem, default));

        Assert.Equal(["code"], refused.Errors.Keys);
    }

    [Fact]
    public async Task Only_administrators_write_the_catalog()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _catalog.CreateDraftAsync(Clerk, NewItem, default));
        Assert.Empty(await _store.ListVersionsAsync(NewItem.Code, default));
    }

    [Fact]
    public async Task An_update_may_not_move_the_item_to_another_code()
    {
        await _catalog.CreateDraftAsync(Admin, NewItem, default);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            _catalog.UpdateDraftAsync(Admin, NewItem.Code, NewItem with { Code = "XK01001002-350700000000" }, null, default));

        Assert.Equal(["code"], refused.Errors.Keys);
    }

    [Theory]
    [InlineData("1.2", "1.3")]
    [InlineData("2.9", "2.10")]
    public void Versions_count_up_by_minor_number(string version, string next) =>
        Assert.Equal(next, ServiceItemVersion.Parse(version).Next().ToString());

    [Fact]
    public void Versions_compare_numerically() =>
        Assert.True(ServiceItemVersion.Parse("1.10").CompareTo(ServiceItemVersion.Parse("1.9")) > 0);
}
