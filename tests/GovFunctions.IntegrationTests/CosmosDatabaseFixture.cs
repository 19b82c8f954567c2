using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.IntegrationTests;

/// <summary>A database of its own for one test class on the emulator, deleted afterwards.</summary>
public sealed class CosmosDatabaseFixture : IAsyncLifetime
{
    private readonly CosmosOptions _options = Emulators.Cosmos("it-" + Guid.NewGuid().ToString("N")[..12]);
    private CosmosClient _client = null!;

    public Database Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _client = CosmosClientFactory.Create(_options);
        Database = await CosmosProvisioner.EnsureAsync(_client, _options.DatabaseName, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Database.DeleteAsync();
        _client.Dispose();
    }
}
