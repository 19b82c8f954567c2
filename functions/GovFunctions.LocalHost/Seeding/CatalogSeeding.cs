using System.Text.Json;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Serialization;
using Microsoft.Extensions.Options;

namespace GovFunctions.LocalHost.Seeding;

/// <summary>Publishes the seed catalog at start-up; items that exist already are left as they are.</summary>
public sealed partial class CatalogSeeding(CatalogService catalog, IOptions<CatalogSeedOptions> options, ILogger<CatalogSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.File))
        {
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, options.Value.File);
        await using var stream = File.OpenRead(path);
        var items = await JsonSerializer.DeserializeAsync<List<ServiceItem>>(stream, GovJson.Options, cancellationToken) ?? [];
        var added = 0;
        foreach (var item in items)
        {
            if (await catalog.ImportPublishedAsync(item, cancellationToken))
            {
                added++;
            }
        }

        LogSeeded(added, items.Count - added, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Added} service items ({Existing} already present) from {SeedFile}")]
    private partial void LogSeeded(int added, int existing, string seedFile);
}
