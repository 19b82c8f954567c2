using System.Text.Json;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Serialization;

namespace GovFunctions.UnitTests.Catalog;

/// <summary>The catalog the platform ships as seed data, read the way LocalHost reads it.</summary>
internal static class SeedItems
{
    public static IReadOnlyList<ServiceItem> All { get; } = JsonSerializer.Deserialize<List<ServiceItem>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json")), GovJson.Options)!;

    public static ServiceItem Lightning => All.Single(i => i.Code == "XK01001001-330300000000");
}
