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

    /// <summary>Keys as last read; an unknown key id is read for at once (ids come from the platform's own documents).</summary>
    private readonly SecretsAsRead<PersonalDataCipher> _keys = new(ct => ReadAsync(secrets, ct), time, CacheFor, rereadAtMostEvery: TimeSpan.Zero);

    /// <summary>The cipher over every key, read again when the cached one is older than <see cref="CacheFor"/> or lacks one of <paramref name="neededKeyIds"/>.</summary>
    public Task<PersonalDataCipher> CipherAsync(CancellationToken cancellationToken, IReadOnlySet<string>? neededKeyIds = null) =>
        _keys.GetAsync(cipher => neededKeyIds?.Any(id => !cipher.Knows(id)) == true, cancellationToken);

    private static async Task<PersonalDataCipher> ReadAsync(ISecretStore secrets, CancellationToken cancellationToken)
    {
        var versions = await secrets.ReadVersionsAsync(SecretName, cancellationToken);
        if (versions.Count == 0)
        {
            await secrets.AddVersionAsync(SecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
            // Read back: an instance that created one at the same moment keeps its key too, and the newest encrypts.
            versions = await secrets.ReadVersionsAsync(SecretName, cancellationToken);
        }

        return new PersonalDataCipher([.. versions.Select(Convert.FromBase64String)]);
    }
}
