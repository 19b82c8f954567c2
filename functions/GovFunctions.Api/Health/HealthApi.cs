using Azure.Storage.Blobs;
using GovFunctions.Api.Identity;
using GovFunctions.Azure.Blobs;
using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace GovFunctions.Api.Health;

/// <summary>
/// Whether the platform can reach what it stores data in, and can check tokens at all. Anonymous: load balancers and
/// ops probe it; an unhealthy answer names what is wrong.
/// </summary>
public sealed class HealthApi(
    CosmosClient cosmos, BlobServiceClient blobs, IOptions<CosmosOptions> cosmosOptions, IOptions<BlobStorageOptions> blobOptions, IOptions<AuthOptions> authOptions)
{
    public async Task<IResult> GetHealth(HttpRequest request, CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, string>
        {
            ["cosmos"] = await Probe(() => cosmos.GetDatabase(cosmosOptions.Value.DatabaseName).ReadAsync(cancellationToken: cancellationToken)),
            ["blobs"] = await Probe(() => blobs.GetBlobContainerClient(blobOptions.Value.MaterialsContainer).GetPropertiesAsync(cancellationToken: cancellationToken)),
            ["identity"] = IdentityCheck(),
        };
        var healthy = checks.Values.All(v => v == "ok");
        return Results.Json(new HealthReport(healthy ? "healthy" : "unhealthy", checks), statusCode: healthy ? 200 : 503);
    }

    private string IdentityCheck()
    {
        try
        {
            BearerTokenParameters.Create(authOptions.Value);
            return "ok";
        }
        catch (IdentityProviderNotConfiguredException e)
        {
            return "misconfigured: " + e.Message;
        }
    }

    private static async Task<string> Probe(Func<Task> probe)
    {
        try
        {
            await probe();
            return "ok";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "unreachable";
        }
    }
}

/// <param name="Status">healthy or unhealthy.</param>
/// <param name="Checks">Each dependency: ok, unreachable, or misconfigured with the reason.</param>
public sealed record HealthReport(string Status, IReadOnlyDictionary<string, string> Checks);
