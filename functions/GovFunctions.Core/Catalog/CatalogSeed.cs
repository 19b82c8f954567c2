using System.Text.Json;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Catalog;

/// <summary>Publishes a file of guides (a JSON array of service items) where the items do not exist yet; existing items are left as they are.</summary>
public static class CatalogSeed
{
    /// <summary>Answers how many items were added and how many were there already.</summary>
    public static async Task<(int Added, int Existing)> ImportAsync(CatalogService catalog, Stream json, CancellationToken cancellationToken)
    {
        var items = await JsonSerializer.DeserializeAsync<List<ServiceItem>>(json, GovJson.Options, cancellationToken) ?? [];
        var added = 0;
        foreach (var item in items)
        {
            if (await catalog.ImportPublishedAsync(item, cancellationToken))
            {
                added++;
            }
        }

        return (added, items.Count - added);
    }
}
