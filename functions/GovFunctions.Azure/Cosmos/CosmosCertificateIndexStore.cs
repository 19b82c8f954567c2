using System.Text.Json.Serialization;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// Status list positions as one counter document per issuer in the catalog container (partition
/// <c>certificate-status</c>, id <c>index-{credit code}</c>), advanced with If-Match: a lost race reads again.
/// </summary>
public sealed class CosmosCertificateIndexStore(Container container) : ICertificateIndexStore
{
    private const string Partition = "certificate-status";
    private const int MaxAttempts = 50;
    private const string Taken = "Another instance took the position first.";

    public async Task<int> NextAsync(string issuerCode, CancellationToken cancellationToken)
    {
        var id = IdOf(issuerCode);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            try
            {
                if (await container.ReadOrNullAsync<IndexDocument>(id, Partition, cancellationToken) is not { } current)
                {
                    await container.CreateOrConflictAsync(new IndexDocument(id, Partition, 1), Partition, Taken, cancellationToken);
                    return 0;
                }

                await container.ReplaceIfMatchAsync(current with { Count = current.Count + 1, ETag = null }, id, Partition, current.ETag!, Taken, cancellationToken);
                return current.Count;
            }
            catch (Exception e) when (e is ConflictException or PreconditionFailedException)
            {
                // Another instance took the position first: read the counter again.
            }
        }

        throw new InvalidOperationException($"Could not take a status list position of issuer {issuerCode} in {MaxAttempts} attempts.");
    }

    public async Task<int> CountAsync(string issuerCode, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<IndexDocument>(IdOf(issuerCode), Partition, cancellationToken))?.Count ?? 0;

    private static string IdOf(string issuerCode) => "index-" + issuerCode;

    internal sealed record IndexDocument(string Id, string PartitionKey, int Count)
    {
        [JsonPropertyName("_etag")]
        public string? ETag { get; init; }
    }
}
