using System.Text.Json;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Serialization;

namespace GovFunctions.IntegrationTests;

/// <summary>The catalog the platform ships as seed data.</summary>
internal static class Seed
{
    public static IReadOnlyList<ServiceItem> Items { get; } = JsonSerializer.Deserialize<List<ServiceItem>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json")), GovJson.Options)!;

    /// <summary>雷电防护装置设计审核 (温州市气象局), published: M01–M03 required.</summary>
    public static ServiceItem Lightning { get; } = Items[0] with { Status = ServiceItemStatus.Published };
}
