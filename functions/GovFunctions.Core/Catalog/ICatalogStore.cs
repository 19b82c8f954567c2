using GovFunctions.Core.Paging;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// Where catalog versions live. Every version of an item is kept; the current published version of each
/// item is also kept in one list the public pages through.
/// </summary>
public interface ICatalogStore
{
    Task<IReadOnlyList<StoredServiceItem>> ListVersionsAsync(string code, CancellationToken cancellationToken);

    Task<StoredServiceItem?> FindVersionAsync(string code, string version, CancellationToken cancellationToken);

    /// <summary>Stores a new version; <see cref="Errors.ConflictException"/> when that code and version exist already.</summary>
    Task<StoredServiceItem> CreateVersionAsync(ServiceItem item, CancellationToken cancellationToken);

    /// <summary>Replaces a version if it is unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task<StoredServiceItem> ReplaceVersionAsync(ServiceItem item, string eTag, CancellationToken cancellationToken);

    Task<ServiceItem?> FindCurrentAsync(string code, CancellationToken cancellationToken);

    Task SetCurrentAsync(ServiceItem item, CancellationToken cancellationToken);

    Task<Page<ServiceItem>> ListCurrentAsync(CatalogFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <summary>A stored version with the ETag that guards its next replacement.</summary>
public sealed record StoredServiceItem(ServiceItem Item, string ETag);
