using GovFunctions.Core.Catalog;
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
        var (added, existing) = await CatalogSeed.ImportAsync(catalog, stream, cancellationToken);
        LogSeeded(added, existing, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Added} service items ({Existing} already present) from {SeedFile}")]
    private partial void LogSeeded(int added, int existing, string seedFile);
}
