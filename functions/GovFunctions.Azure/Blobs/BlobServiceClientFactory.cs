using GovFunctions.Azure.Identity;
using Azure.Storage.Blobs;

namespace GovFunctions.Azure.Blobs;

public static class BlobServiceClientFactory
{
    public static BlobServiceClient Create(BlobStorageOptions options)
    {
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            return new BlobServiceClient(options.ConnectionString);
        }

        if (Uri.TryCreate(options.BlobServiceUri, UriKind.Absolute, out var uri))
        {
            return new BlobServiceClient(uri, AzureCredential.Create());
        }

        throw new InvalidOperationException("Set Storage:BlobServiceUri (Azure) or Storage:ConnectionString (local emulator).");
    }
}
