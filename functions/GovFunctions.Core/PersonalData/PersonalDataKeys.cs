using System.Security.Cryptography;
using System.Text;
using GovFunctions.Core.Certificates;

namespace GovFunctions.Core.PersonalData;

/// <summary>
/// The keys that protect personal data at rest, each the versions of a secret in the platform's key store (Key Vault
/// in Azure, a Development key file locally), the first created at first need.
/// <list type="bullet">
/// <item>Encryption (<see cref="SecretName"/>): a rotation is a new version added to the secret (see README); each
/// instance sees it within <see cref="CacheFor"/>, or at once when it meets a value encrypted with a key it has not read yet.</item>
/// <item>Lookup (<see cref="LookupSecretName"/>): the key of the keyed hash an identity number is found by. Always
/// its first version: a digest must stay the same for as long as the case it finds, so it is never rotated.</item>
/// </list>
/// </summary>
public sealed class PersonalDataKeys(ISecretStore secrets, TimeProvider time)
{
    public const string SecretName = "personal-data-key";
    public const string LookupSecretName = "personal-data-lookup-key";

    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    /// <summary>Keys as last read; an unknown key id is read for at once (ids come from the platform's own documents).</summary>
    private readonly SecretsAsRead<PersonalDataCipher> _keys = new(
        async ct => new PersonalDataCipher([.. (await ReadCreatingFirstAsync(secrets, SecretName, ct)).Select(Convert.FromBase64String)]),
        time, CacheFor, rereadAtMostEvery: TimeSpan.Zero);

    /// <summary>The first version never changes: read once.</summary>
    private readonly SecretsAsRead<byte[]> _lookupKey = new(
        async ct => Convert.FromBase64String((await ReadCreatingFirstAsync(secrets, LookupSecretName, ct))[0]),
        time, TimeSpan.MaxValue, rereadAtMostEvery: TimeSpan.Zero);

    /// <summary>The cipher over every key, read again when the cached one is older than <see cref="CacheFor"/> or lacks one of <paramref name="neededKeyIds"/>.</summary>
    public Task<PersonalDataCipher> CipherAsync(CancellationToken cancellationToken, IReadOnlySet<string>? neededKeyIds = null) =>
        _keys.GetAsync(cipher => neededKeyIds?.Any(id => !cipher.Knows(id)) == true, cancellationToken);

    /// <summary>
    /// HMAC-SHA256 of an identity number (ID card number or unified social credit code, trimmed, letters upper-case):
    /// what a case is found by instead of the clear value, which is only ever stored encrypted.
    /// </summary>
    public async Task<string> IdentityDigestAsync(string identityNumber, CancellationToken cancellationToken)
    {
        var key = await _lookupKey.GetAsync(_ => false, cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(identityNumber.Trim().ToUpperInvariant())));
    }

    /// <summary>The secret's versions, oldest first; a new random 256-bit key is added when it has none.</summary>
    private static async Task<IReadOnlyList<string>> ReadCreatingFirstAsync(ISecretStore secrets, string name, CancellationToken cancellationToken)
    {
        var versions = await secrets.ReadVersionsAsync(name, cancellationToken);
        if (versions.Count > 0)
        {
            return versions;
        }

        await secrets.AddVersionAsync(name, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
        // Read back: an instance that created one at the same moment keeps its key too; both then agree on the oldest.
        return await secrets.ReadVersionsAsync(name, cancellationToken);
    }
}
