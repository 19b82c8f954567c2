using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using GovFunctions.Core.Materials;

namespace GovFunctions.Azure.Blobs;

/// <summary>
/// Materials in Blob Storage at <c>{caseNumber}/{sha256}</c>. The hash is known only once the whole file
/// has been read, so the upload is spooled through a temporary file while it is hashed, then written
/// under its final name: memory use stays flat whatever the file size. Direct uploads land first in a staging blob
/// (<c>staging/{caseNumber}/{slotId}/{uploadId}</c>) reached with a SAS that may only create and write that blob: a
/// user-delegation SAS signed with the app's identity in Azure (the account has no keys), a service SAS where the
/// client holds the account key (Azurite). infra/ deletes staging blobs a day old.
/// </summary>
public sealed class BlobMaterialStore(BlobContainerClient container) : IMaterialStore
{
    private const int BufferSize = 81920;

    public async Task<StoredMaterial> SaveAsync(string caseNumber, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var spoolPath = Path.GetTempFileName();
        try
        {
            await using var spool = new FileStream(spoolPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            spool.Position = 0;
            var blob = container.GetBlobClient(BlobName(caseNumber, sha256));
            try
            {
                await blob.UploadAsync(spool, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    // Same content, same name: a second upload of identical bytes is a no-op.
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            return new StoredMaterial(sha256, spool.Length, contentType);
        }
        finally
        {
            File.Delete(spoolPath);
        }
    }

    public async Task<MaterialContent?> OpenAsync(string caseNumber, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(BlobName(caseNumber, sha256)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            return new MaterialContent(download.Value.Content, details.ContentLength, details.ContentType, sha256);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<(Uri Url, DateTimeOffset ExpiresAt)> AuthorizeUploadAsync(
        string caseNumber, string slotId, string uploadId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        // The SAS is checked by storage against the real clock, whatever clock the rules run on.
        var now = DateTimeOffset.UtcNow;
        var expiresAt = now + lifetime;
        var blob = container.GetBlobClient(StagingName(caseNumber, slotId, uploadId));
        var sas = new BlobSasBuilder(BlobSasPermissions.Create | BlobSasPermissions.Write, expiresAt)
        {
            BlobContainerName = container.Name,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now.AddMinutes(-5),
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            return (blob.GenerateSasUri(sas), expiresAt);
        }

        var service = container.GetParentBlobServiceClient();
        var key = await service.GetUserDelegationKeyAsync(sas.StartsOn, expiresAt, cancellationToken);
        var url = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, service.AccountName) }.ToUri();
        return (url, expiresAt);
    }

    public async Task<Stream?> OpenUploadAsync(string caseNumber, string slotId, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(StagingName(caseNumber, slotId, uploadId)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteUploadAsync(string caseNumber, string slotId, string uploadId, CancellationToken cancellationToken) =>
        await container.GetBlobClient(StagingName(caseNumber, slotId, uploadId)).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public const string StagingPrefix = "staging/";

    private static string BlobName(string caseNumber, string sha256) => $"{caseNumber}/{sha256}";

    private static string StagingName(string caseNumber, string slotId, string uploadId) => $"{StagingPrefix}{caseNumber}/{slotId}/{uploadId}";
}
