using System.Text.Json.Serialization;
using GovFunctions.Core.Catalog;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// A document of the <c>catalog</c> container. Two kinds share it:
/// every version of an item, in the item's own partition (<c>item-{code}</c>, id = version), and the
/// current published version of every item, in the one partition <c>current</c> (id = code) that the
/// public list pages through. One logical partition holds the whole public catalog; at tens of KB an item
/// that is room for hundreds of thousands of items.
/// </summary>
internal sealed record CatalogDocument(string Id, string PartitionKey, ServiceItem Item)
{
    public const string CurrentPartition = "current";

    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    public static string VersionsPartition(string code) => "item-" + code;

    public static CatalogDocument ForVersion(ServiceItem item) => new(item.Version!, VersionsPartition(item.Code), item);

    public static CatalogDocument ForCurrent(ServiceItem item) => new(item.Code, CurrentPartition, item);
}
