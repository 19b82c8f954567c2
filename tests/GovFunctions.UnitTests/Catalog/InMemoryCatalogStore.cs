using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Paging;

namespace GovFunctions.UnitTests.Catalog;

/// <summary>A stand-in store for unit tests of the catalog rules; the real store is tested against the emulator.</summary>
internal sealed class InMemoryCatalogStore : ICatalogStore
{
    private readonly Dictionary<(string Code, string Version), StoredServiceItem> _versions = [];
    private readonly Dictionary<string, ServiceItem> _current = [];

    public Task<IReadOnlyList<StoredServiceItem>> ListVersionsAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredServiceItem>>(_versions.Where(v => v.Key.Code == code).Select(v => v.Value).ToList());

    /// <summary>How many times a version was read.</summary>
    public int VersionReads { get; private set; }

    public Task<StoredServiceItem?> FindVersionAsync(string code, string version, CancellationToken cancellationToken)
    {
        VersionReads++;
        return Task.FromResult(_versions.GetValueOrDefault((code, version)));
    }

    public Task<StoredServiceItem> CreateVersionAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        if (_versions.ContainsKey((item.Code, item.Version!)))
        {
            throw new ConflictException("exists");
        }

        return Task.FromResult(_versions[(item.Code, item.Version!)] = new StoredServiceItem(item, Guid.NewGuid().ToString()));
    }

    public Task<StoredServiceItem> ReplaceVersionAsync(ServiceItem item, string eTag, CancellationToken cancellationToken)
    {
        if (_versions[(item.Code, item.Version!)].ETag != eTag)
        {
            throw new PreconditionFailedException("stale");
        }

        return Task.FromResult(_versions[(item.Code, item.Version!)] = new StoredServiceItem(item, Guid.NewGuid().ToString()));
    }

    public Task<ServiceItem?> FindCurrentAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(_current.GetValueOrDefault(code));

    public Task SetCurrentAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        _current[item.Code] = item;
        return Task.CompletedTask;
    }

    public Task<Page<ServiceItem>> ListCurrentAsync(CatalogFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(new Page<ServiceItem>(_current.Values.ToList(), null));
}
