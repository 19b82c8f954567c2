using System.Buffers.Text;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Core.Certificates;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.FunctionsTests;

/// <summary>The sealing keys on Key Vault's secrets client: each key a version, none ever lost, the newest sealing.</summary>
public sealed class KeyVaultSecretStoreTests
{
    private const string Issuer = "11330302002653271N";
    private readonly KeyVaultSecretStore _store = new(new InMemorySecretClient());

    [Fact]
    public async Task An_unknown_secret_has_no_versions_and_each_version_is_kept_in_order()
    {
        Assert.Empty(await _store.ReadVersionsAsync("certificate-issuer-none", CancellationToken.None));
        await _store.AddVersionAsync("certificate-issuer-a", "one", CancellationToken.None);
        await _store.AddVersionAsync("certificate-issuer-a", "two", CancellationToken.None);
        await _store.AddVersionAsync("other", "x", CancellationToken.None);

        Assert.Equal(["one", "two"], await _store.ReadVersionsAsync("certificate-issuer-a", CancellationToken.None));
        Assert.Equal(["certificate-issuer-a"], await _store.ListNamesAsync("certificate-issuer-", CancellationToken.None));
    }

    [Fact]
    public async Task A_department_key_made_at_first_need_is_certified_by_the_root_and_a_rotation_keeps_it_published()
    {
        var ring = new IssuerKeyRing(_store, TimeProvider.System, NullLogger<IssuerKeyRing>.Instance);
        var first = await ring.SigningKeyAsync(Issuer, CancellationToken.None);
        Assert.Equal(first, await ring.SigningKeyAsync(Issuer, CancellationToken.None));
        var second = await ring.RotateAsync(Issuer, CancellationToken.None);

        // A second ring (another instance) reads what the first wrote: the newest key seals, both verify.
        var elsewhere = new IssuerKeyRing(_store, TimeProvider.System, NullLogger<IssuerKeyRing>.Instance);
        Assert.Equal(second.KeyId, (await elsewhere.SigningKeyAsync(Issuer, CancellationToken.None)).Key.KeyId);
        var published = await elsewhere.PublishedAsync(CancellationToken.None);
        var root = Assert.Single(published.Roots);
        Assert.Equal([first.Key.KeyId, second.KeyId], published.Keys.Select(k => k.KeyId));
        Assert.All(published.Keys, k => Assert.True(Sm2.IsCertifiedBy(
            Base64Url.DecodeFromChars(k.Certificate), Base64Url.DecodeFromChars(k.PublicKey), Base64Url.DecodeFromChars(root.PublicKey))));
        Assert.NotNull(published.Find(first.Key.KeyId, Issuer));
    }
}
