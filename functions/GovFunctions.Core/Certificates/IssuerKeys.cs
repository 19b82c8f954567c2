using System.Buffers.Text;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// A key an issuing department seals with, as published: SM2 public key (uncompressed point) and its X.509 certificate
/// (SM3WITHSM2, DER) signed by the platform's issuing root, both base64url. Old keys stay published after a rotation, so
/// what they sealed stays verifiable.
/// </summary>
public sealed record IssuerKey(string KeyId, string IssuerCode, string PublicKey, string Certificate, DateTimeOffset CreatedAt);

/// <summary>An issuer's key with its private half (the 32-byte scalar, base64url): only the sealing code ever holds one.</summary>
public sealed record IssuerSigningKey(IssuerKey Key, string PrivateKey);

/// <summary>The platform's issuing root: a self-signed SM2 certificate that certifies every issuer key.</summary>
public sealed record IssuingRoot(string PublicKey, string Certificate, DateTimeOffset CreatedAt);

/// <summary>The root with its private half.</summary>
public sealed record IssuingRootKey(IssuingRoot Root, string PrivateKey);

/// <summary>Every issuing root and every issuer key they certified: what a verifier needs, online or offline.</summary>
public sealed record IssuerKeySet(IReadOnlyList<IssuingRoot> Roots, IReadOnlyList<IssuerKey> Keys)
{
    /// <summary>The key an issuer sealed with, if it is that issuer's and a root certified it.</summary>
    public IssuerKey? Find(string keyId, string issuerCode) =>
        Keys.FirstOrDefault(k => k.KeyId == keyId && k.IssuerCode == issuerCode
            && Roots.Any(r => Sm2.IsCertifiedBy(Base64Url.DecodeFromChars(k.Certificate), Base64Url.DecodeFromChars(k.PublicKey), Base64Url.DecodeFromChars(r.PublicKey))));
}
