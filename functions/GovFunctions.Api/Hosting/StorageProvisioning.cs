using Azure.Storage.Blobs;
using GovFunctions.Azure.Blobs;
using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovFunctions.Api.Hosting;

/// <summary>
/// Creates the database, containers and blob containers at start-up when the settings ask for it: local
/// emulators start empty. In Azure, infra/ creates them and these settings stay off.
/// </summary>
public sealed partial class StorageProvisioning(
    CosmosClient cosmos,
    BlobServiceClient blobs,
    IOptions<CosmosOptions> cosmosOptions,
    IOptions<BlobStorageOptions> blobOptions,
    ILogger<StorageProvisioning> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (cosmosOptions.Value.CreateResources)
        {
            await CosmosProvisioner.EnsureAsync(cosmos, cosmosOptions.Value.DatabaseName, cancellationToken);
            LogCreated("Cosmos DB database", cosmosOptions.Value.DatabaseName);
        }

        if (blobOptions.Value.CreateResources)
        {
            await blobs.GetBlobContainerClient(blobOptions.Value.MaterialsContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            LogCreated("blob container", blobOptions.Value.MaterialsContainer);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ensured {Resource} {Name} exists")]
    private partial void LogCreated(string resource, string name);
}
