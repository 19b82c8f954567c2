using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Serialization;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// The issuing root and the departments' sealing keys over an <see cref="ISecretStore"/>: a department's first
/// certificate creates its key (certified by the root, created in turn on first need); the newest key seals;
/// <see cref="RotateAsync"/> adds a newer one; every key ever made is published.
/// </summary>
public sealed partial class IssuerKeyRing(ISecretStore secrets, TimeProvider time, ILogger<IssuerKeyRing> logger)
{
    public const string RootSecret = "certificate-root";
    public const string IssuerSecretPrefix = "certificate-issuer-";
    private static readonly TimeSpan RootLifetime = TimeSpan.FromDays(365 * 30);
    private static readonly TimeSpan IssuerKeyLifetime = TimeSpan.FromDays(365 * 20);

    /// <summary>How long keys read from the store are used before reading again: a rotation elsewhere is seen within this.</summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    /// <summary>At most one extra read of the published keys this often for a key id not seen yet (a forged id cannot flood the store).</summary>
    private static readonly TimeSpan RereadAtMostEvery = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim creating = new(1, 1);
    private readonly ConcurrentDictionary<string, (IssuerSigningKey Key, DateTimeOffset ReadAt)> signing = new();

    /// <summary>Every root and issuer key as last read (made at first use: it reads through this instance's methods).</summary>
    private SecretsAsRead<IssuerKeySet> Published => LazyInitializer.EnsureInitialized(ref field, () => new(ReadPublishedAsync, time, CacheFor, RereadAtMostEvery));

    /// <summary>An issuer code as a caller names one (a path parameter): a unified social credit code with a valid check character.</summary>
    public static void RequireIssuerCode(string issuerCode)
    {
        if (!ChineseIdentifiers.IsValidCreditCode(issuerCode))
        {
            throw ValidationFailedException.For("issuerCode", "must be the issuing authority's 18-character unified social credit code, with a valid check character.");
        }
    }

    /// <summary>The key that seals the issuer's next certificate, created at first need.</summary>
    public async Task<IssuerSigningKey> SigningKeyAsync(string issuerCode, CancellationToken cancellationToken)
    {
        if (signing.TryGetValue(issuerCode, out var cached) && time.GetUtcNow() - cached.ReadAt < CacheFor)
        {
            return cached.Key;
        }

        var key = Newest(await IssuerKeysAsync(issuerCode, cancellationToken)) ?? await CreateAsync(issuerCode, onlyIfNone: true, cancellationToken);
        signing[issuerCode] = (key, time.GetUtcNow());
        return key;
    }

    /// <summary>The issuer's seal (its current key, SM2 over SM3) over <paramref name="payload"/>, the canonical JSON of what it vouches for.</summary>
    public async Task<CertificateSeal> SealAsync(string issuerCode, string payload, CancellationToken cancellationToken)
    {
        var key = await SigningKeyAsync(issuerCode, cancellationToken);
        var signature = Sm2.Sign(Base64Url.DecodeFromChars(key.PrivateKey), System.Text.Encoding.UTF8.GetBytes(payload));
        return new CertificateSeal(CertificateSeal.Sm2WithSm3, key.Key.KeyId, Base64Url.EncodeToString(signature));
    }

    /// <summary>A new sealing key for the issuer; the old ones stay published and keep verifying.</summary>
    public async Task<IssuerKey> RotateAsync(string issuerCode, CancellationToken cancellationToken) =>
        (await CreateAsync(issuerCode, onlyIfNone: false, cancellationToken)).Key;

    /// <summary>
    /// Every root and issuer key, as last read; read again when older than the cache period, or when
    /// <paramref name="expectingKeyId"/> is not among them (a key another instance created since).
    /// </summary>
    public Task<IssuerKeySet> PublishedAsync(CancellationToken cancellationToken, string? expectingKeyId = null) =>
        Published.GetAsync(set => expectingKeyId is not null && set.Keys.All(k => k.KeyId != expectingKeyId), cancellationToken);

    private async Task<IssuerKeySet> ReadPublishedAsync(CancellationToken cancellationToken)
    {
        var roots = await RootsAsync(cancellationToken);
        var keys = new List<IssuerKey>();
        foreach (var name in await secrets.ListNamesAsync(IssuerSecretPrefix, cancellationToken))
        {
            keys.AddRange((await IssuerKeysAsync(name[IssuerSecretPrefix.Length..], cancellationToken)).Select(k => k.Key));
        }

        return new IssuerKeySet([.. roots.Select(r => r.Root)], [.. keys.OrderBy(k => k.IssuerCode, StringComparer.Ordinal).ThenBy(k => k.CreatedAt)]);
    }

    private async Task<IssuerSigningKey> CreateAsync(string issuerCode, bool onlyIfNone, CancellationToken cancellationToken)
    {
        await creating.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfNone && Newest(await IssuerKeysAsync(issuerCode, cancellationToken)) is { } made)
            {
                return made;
            }

            var root = (await RootsAsync(cancellationToken)).LastOrDefault() ?? await CreateRootAsync(cancellationToken);
            var now = time.GetUtcNow();
            var (privateKey, publicKey) = Sm2.NewKeyPair();
            var keyId = $"{issuerCode}-{Convert.ToHexStringLower(Sm2.Sm3(publicKey))[..16]}";
            var certificate = Sm2.Certify(keyId, publicKey, "GovFunctions issuing root", Base64Url.DecodeFromChars(root.PrivateKey), now, now + IssuerKeyLifetime, authority: false);
            var key = new IssuerSigningKey(
                new IssuerKey(keyId, issuerCode, Base64Url.EncodeToString(publicKey), Base64Url.EncodeToString(certificate), now), Base64Url.EncodeToString(privateKey));
            await secrets.AddVersionAsync(IssuerSecretPrefix + issuerCode, JsonSerializer.Serialize(key, GovJson.Options), cancellationToken);
            signing[issuerCode] = (key, now);
            Published.Forget();
            LogKeyCreated(issuerCode, keyId);
            return key;
        }
        finally
        {
            creating.Release();
        }
    }

    private async Task<IssuingRootKey> CreateRootAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (privateKey, publicKey) = Sm2.NewKeyPair();
        const string name = "GovFunctions issuing root";
        var certificate = Sm2.Certify(name, publicKey, name, privateKey, now, now + RootLifetime, authority: true);
        var root = new IssuingRootKey(new IssuingRoot(Base64Url.EncodeToString(publicKey), Base64Url.EncodeToString(certificate), now), Base64Url.EncodeToString(privateKey));
        await secrets.AddVersionAsync(RootSecret, JsonSerializer.Serialize(root, GovJson.Options), cancellationToken);
        LogRootCreated();
        return root;
    }

    private async Task<IReadOnlyList<IssuingRootKey>> RootsAsync(CancellationToken cancellationToken) =>
        [.. (await secrets.ReadVersionsAsync(RootSecret, cancellationToken)).Select(v => JsonSerializer.Deserialize<IssuingRootKey>(v, GovJson.Options)!)];

    private async Task<IReadOnlyList<IssuerSigningKey>> IssuerKeysAsync(string issuerCode, CancellationToken cancellationToken) =>
        [.. (await secrets.ReadVersionsAsync(IssuerSecretPrefix + issuerCode, cancellationToken)).Select(v => JsonSerializer.Deserialize<IssuerSigningKey>(v, GovJson.Options)!)];

    private static IssuerSigningKey? Newest(IReadOnlyList<IssuerSigningKey> keys) =>
        keys.OrderBy(k => k.Key.CreatedAt).ThenBy(k => k.Key.KeyId, StringComparer.Ordinal).LastOrDefault();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created a sealing key {KeyId} for issuer {IssuerCode}")]
    private partial void LogKeyCreated(string issuerCode, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the platform's certificate issuing root")]
    private partial void LogRootCreated();
}
