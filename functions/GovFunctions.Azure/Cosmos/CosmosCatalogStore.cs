using GovFunctions.Core.Catalog;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Regions;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>The catalog on Cosmos DB. Every query names its partition (see <see cref="CatalogDocument"/>).</summary>
public sealed class CosmosCatalogStore(Container container) : ICatalogStore
{
    public async Task<IReadOnlyList<StoredServiceItem>> ListVersionsAsync(string code, CancellationToken cancellationToken) =>
        (await container.ReadPartitionAsync<CatalogDocument>(CatalogDocument.VersionsPartition(code), cancellationToken))
            .Select(d => new StoredServiceItem(d.Item, d.ETag!)).ToList();

    public async Task<StoredServiceItem?> FindVersionAsync(string code, string version, CancellationToken cancellationToken)
    {
        var document = await container.ReadOrNullAsync<CatalogDocument>(version, CatalogDocument.VersionsPartition(code), cancellationToken);
        return document is null ? null : new StoredServiceItem(document.Item, document.ETag!);
    }

    public async Task<StoredServiceItem> CreateVersionAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        var document = CatalogDocument.ForVersion(item);
        return new StoredServiceItem(item, await container.CreateOrConflictAsync(
            document, document.PartitionKey, $"Service item {item.Code} version {item.Version} exists already.", cancellationToken));
    }

    public async Task<StoredServiceItem> ReplaceVersionAsync(ServiceItem item, string eTag, CancellationToken cancellationToken)
    {
        var document = CatalogDocument.ForVersion(item);
        return new StoredServiceItem(item, await container.ReplaceIfMatchAsync(
            document, document.Id, document.PartitionKey, eTag, $"Service item {item.Code} version {item.Version} changed since it was read.", cancellationToken));
    }

    public async Task<ServiceItem?> FindCurrentAsync(string code, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<CatalogDocument>(code, CatalogDocument.CurrentPartition, cancellationToken))?.Item;

    public async Task SetCurrentAsync(ServiceItem item, CancellationToken cancellationToken) =>
        await container.UpsertItemAsync(CatalogDocument.ForCurrent(item), new PartitionKey(CatalogDocument.CurrentPartition), cancellationToken: cancellationToken);

    public Task<Page<ServiceItem>> ListCurrentAsync(CatalogFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        container.ReadPageAsync<CatalogDocument, ServiceItem>(BuildQuery(filter), CatalogDocument.CurrentPartition, page, d => d.Item, cancellationToken);

    private static QueryDefinition BuildQuery(CatalogFilter filter)
    {
        var conditions = new List<string> { "c.partitionKey = @pk" };
        var parameters = new List<(string Name, object Value)> { ("@pk", CatalogDocument.CurrentPartition) };

        void Where(string condition, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                conditions.Add(condition);
                parameters.Add((name, value));
            }
        }

        Where("c.item.departmentCode = @department", "@department", filter.DepartmentCode);
        Where("c.item.type = @type", "@type", filter.Type);
        Where("c.item.onlineLevel = @onlineLevel", "@onlineLevel", filter.OnlineLevel);
        Where("STARTSWITH(c.item.regionCode, @region)", "@region", filter.RegionCode is null ? null : RegionDirectory.PrefixOf(filter.RegionCode));
        Where("CONTAINS(c.item.name, @keyword)", "@keyword", filter.Keyword);

        var query = new QueryDefinition($"SELECT * FROM c WHERE {string.Join(" AND ", conditions)}");
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        return query;
    }
}
