using System.Collections.Concurrent;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// The service catalog (政务服务事项目录): the public reads current published guides; administrators
/// draft, revise and publish versions. A published version never changes again, so a case can always
/// be read against the guide it was submitted under.
/// </summary>
public sealed partial class CatalogService(
    ICatalogStore store,
    ServiceItemValidator validator,
    RegionDirectory regions,
    TimeProvider time,
    ILogger<CatalogService> logger)
{
    /// <summary>Enough for every published version of a large catalog; past it, versions are read from the store.</summary>
    private const int MaxCachedVersions = 20_000;

    // A published version never changes again, so it is read once per process: every change to a case reads its guide.
    private readonly ConcurrentDictionary<(string Code, string Version), StoredServiceItem> _published = new();

    public async Task<Page<ServiceItemSummary>> ListAsync(CatalogFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        filter.Validate(regions);
        var items = await store.ListCurrentAsync(filter, page, cancellationToken);
        return new Page<ServiceItemSummary>(items.Items.Select(ServiceItemSummary.Of).ToList(), items.ContinuationToken);
    }

    /// <summary>
    /// Whether <paramref name="departmentCode"/> is a department code of a known region that a published guide names, as
    /// its owner or the owner of one of its steps (a county's department often only accepts for a city's item). Reads the
    /// catalog page by page: for rare commands, not for lists.
    /// </summary>
    public async Task<bool> NamesDepartmentAsync(string? departmentCode, CancellationToken cancellationToken)
    {
        if (departmentCode is not { Length: >= 6 and <= InputLimits.Code } || !regions.Contains(RegionDirectory.RegionOfDepartment(departmentCode)))
        {
            return false;
        }

        string? token = null;
        do
        {
            var page = await store.ListCurrentAsync(new CatalogFilter(), new PageRequest(PageRequest.MaxPageSize, token), cancellationToken);
            if (page.Items.Any(i => i.DepartmentCode == departmentCode || i.ReviewSteps.Any(s => s.DepartmentCode == departmentCode)))
            {
                return true;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return false;
    }

    public async Task<ServiceItem> GetCurrentAsync(string code, CancellationToken cancellationToken) =>
        await store.FindCurrentAsync(code, cancellationToken) ?? throw NoSuchItem(code);

    /// <summary>Any published version; drafts only for administrators.</summary>
    public async Task<StoredServiceItem> GetVersionAsync(string code, string version, Caller? caller, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue((code, version), out var cached))
        {
            return cached;
        }

        var stored = await store.FindVersionAsync(code, version, cancellationToken);
        if (stored is { Item.Status: ServiceItemStatus.Published } && _published.Count < MaxCachedVersions)
        {
            _published.TryAdd((code, version), stored);
        }

        if (stored is null || (stored.Item.Status == ServiceItemStatus.Draft && caller?.IsIn(PlatformRole.Admin) != true))
        {
            throw new NotFoundException($"Service item {code} has no version {version}.");
        }

        return stored;
    }

    /// <summary>Starts a new item with its first draft, version 1.0.</summary>
    public async Task<StoredServiceItem> CreateDraftAsync(Caller caller, ServiceItem item, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin);
        validator.Validate(item);
        if ((await store.ListVersionsAsync(item.Code, cancellationToken)).Count > 0)
        {
            throw ValidationFailedException.For("code", $"Service item {item.Code} exists already; revise it with a new draft instead.");
        }

        var created = await store.CreateVersionAsync(AsDraft(item, ServiceItemVersion.First), cancellationToken);
        LogDraftSaved(item.Code, created.Item.Version!, caller.Subject);
        return created;
    }

    /// <summary>
    /// Revises an item: edits its open draft, or opens the next version's draft when the newest version is
    /// published. <paramref name="ifMatch"/>, when given, must be the draft's current ETag.
    /// </summary>
    public async Task<StoredServiceItem> UpdateDraftAsync(Caller caller, string code, ServiceItem item, string? ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin);
        if (item.Code is not null && item.Code != code)
        {
            throw ValidationFailedException.For("code", $"must be {code}, the item being revised (or left out).");
        }

        item = item with { Code = code };
        validator.Validate(item);
        var latest = await LatestVersionAsync(code, cancellationToken) ?? throw NoSuchItem(code);

        StoredServiceItem saved;
        if (latest.Item.Status == ServiceItemStatus.Draft)
        {
            saved = await store.ReplaceVersionAsync(AsDraft(item, ServiceItemVersion.Parse(latest.Item.Version!)), ifMatch ?? latest.ETag, cancellationToken);
        }
        else
        {
            if (ifMatch is not null && ifMatch != latest.ETag)
            {
                throw new PreconditionFailedException($"Service item {code} changed since it was read.");
            }

            saved = await store.CreateVersionAsync(AsDraft(item, ServiceItemVersion.Parse(latest.Item.Version!).Next()), cancellationToken);
        }

        LogDraftSaved(code, saved.Item.Version!, caller.Subject);
        return saved;
    }

    /// <summary>
    /// Publishes the open draft and makes it the current version. Publishing again when nothing is in draft
    /// re-asserts the newest published version as current, so a retried request (or one cut off half way)
    /// ends in the same state.
    /// </summary>
    public async Task<StoredServiceItem> PublishAsync(Caller caller, string code, string? ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin);
        var latest = await LatestVersionAsync(code, cancellationToken) ?? throw NoSuchItem(code);
        var published = latest;
        if (latest.Item.Status == ServiceItemStatus.Draft)
        {
            validator.Validate(latest.Item);
            var release = latest.Item with { Status = ServiceItemStatus.Published, PublishedAt = time.GetUtcNow() };
            published = await store.ReplaceVersionAsync(release, ifMatch ?? latest.ETag, cancellationToken);
            LogPublished(code, release.Version!, caller.Subject);
        }

        await store.SetCurrentAsync(published.Item, cancellationToken);
        return published;
    }

    /// <summary>Loads a published guide as shipped seed data, unless the item exists already.</summary>
    public async Task<bool> ImportPublishedAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        validator.Validate(item);
        if ((await store.ListVersionsAsync(item.Code, cancellationToken)).Count > 0)
        {
            return false;
        }

        var version = ServiceItemVersion.TryParse(item.Version, out var v) ? v : ServiceItemVersion.First;
        var release = item with { Version = version.ToString(), Status = ServiceItemStatus.Published, PublishedAt = time.GetUtcNow() };
        await store.CreateVersionAsync(release, cancellationToken);
        await store.SetCurrentAsync(release, cancellationToken);
        return true;
    }

    private async Task<StoredServiceItem?> LatestVersionAsync(string code, CancellationToken cancellationToken) =>
        (await store.ListVersionsAsync(code, cancellationToken))
            .MaxBy(v => ServiceItemVersion.Parse(v.Item.Version!));

    private static ServiceItem AsDraft(ServiceItem item, ServiceItemVersion version) =>
        item with { Version = version.ToString(), Status = ServiceItemStatus.Draft, PublishedAt = null };

    private static NotFoundException NoSuchItem(string code) => new($"There is no service item {code}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved draft {Version} of service item {ItemCode} for {Subject}")]
    private partial void LogDraftSaved(string itemCode, string version, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published version {Version} of service item {ItemCode} by {Subject}")]
    private partial void LogPublished(string itemCode, string version, string subject);
}
