using GovFunctions.Azure.Identity;
using GovFunctions.Core.Serialization;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

public static class CosmosClientFactory
{
    /// <param name="handler">A request handler to run on every request (the benchmark counts operations with one).</param>
    public static CosmosClient Create(CosmosOptions options, RequestHandler? handler = null)
    {
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidOperationException("Setting Cosmos:Endpoint must be the account's absolute URI.");
        }

        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            UseSystemTextJsonSerializerWithOptions = GovJson.Options,
            ApplicationName = "GovFunctions",
        };
        if (handler is not null)
        {
            clientOptions.CustomHandlers.Add(handler);
        }

        if (options.AcceptEmulatorCertificate && endpoint.IsLoopback)
        {
            // The local emulator serves a self-signed certificate and knows only its own address.
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        }

        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, AzureCredential.Create(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }
}
