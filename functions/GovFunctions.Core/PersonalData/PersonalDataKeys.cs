using System.Security.Cryptography;
using GovFunctions.Core.Certificates;

namespace GovFunctions.Core.PersonalData;

/// <summary>
/// The keys that encrypt personal data at rest: the versions of one secret (<see cref="SecretName"/>) in the platform's
/// key store (Key Vault in Azure, a Development key file locally), the first created at first need. A rotation is a
/// new version added to the secret (see README); each instance sees it within <see cref="CacheFor"/>, or at once when
/// it meets a value encrypted with a key it has not read yet.
/// </summary>
public sealed class PersonalDataKeys(ISecretStore secrets, TimeProvider time)
{
    public const string SecretName = "personal-data-key";

    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private (PersonalDataCipher Cipher, DateTimeOffset ReadAt)? _cached;

    /// <summary>The cipher over every key, read again when the cached one is older than <see cref="CacheFor"/> or lacks <paramref name="neededKeyId"/>.</summary>
    public async Task<PersonalDataCipher> CipherAsync(CancellationToken cancellationToken, string? neededKeyId = null)
    {
        if (Fresh(neededKeyId) is { } cipher)
        {
            return cipher;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(neededKeyId) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var versions = await secrets.ReadVersionsAsync(SecretName, cancellationToken);
            if (versions.Count == 0)
            {
                await secrets.AddVersionAsync(SecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
                // Read back: an instance that created one at the same moment keeps its key too, and the newest encrypts.
                versions = await secrets.ReadVersionsAsync(SecretName, cancellationToken);
            }

            var read = new PersonalDataCipher([.. versions.Select(Convert.FromBase64String)]);
            _cached = (read, time.GetUtcNow());
            return read;
        }
        finally
        {
            _reading.Release();
        }
    }

    private PersonalDataCipher? Fresh(string? neededKeyId) =>
        _cached is { } cached && time.GetUtcNow() - cached.ReadAt < CacheFor && (neededKeyId is null || cached.Cipher.Knows(neededKeyId)) ? cached.Cipher : null;
}
