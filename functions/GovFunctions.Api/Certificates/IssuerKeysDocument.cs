using System.Buffers.Text;
using GovFunctions.Core.Certificates;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// The published keys, JWKS-like (RFC 7517 member names): each SM2 public key as <c>kty</c> EC, <c>crv</c> SM2 and its
/// affine coordinates <c>x</c>, <c>y</c> (32 bytes each, base64url), with <c>x5c</c> its X.509 certificate (SM3WITHSM2,
/// standard base64 DER) signed by one of the <see cref="Roots"/>. Enough to verify a downloaded certificate offline.
/// </summary>
public sealed record IssuerKeysDocument(IReadOnlyList<PublishedKey> Roots, IReadOnlyList<PublishedKey> Keys)
{
    public static IssuerKeysDocument Of(IssuerKeySet set) => new(
        [.. set.Roots.Select(r => PublishedKey.Of("root-" + Convert.ToHexStringLower(Sm2.Sm3(Base64Url.DecodeFromChars(r.PublicKey)))[..16], null, r.PublicKey, r.Certificate, r.CreatedAt))],
        [.. set.Keys.Select(k => PublishedKey.Of(k.KeyId, k.IssuerCode, k.PublicKey, k.Certificate, k.CreatedAt))]);
}

/// <param name="IssuerCode">The issuing authority's unified social credit code; null for a root.</param>
public sealed record PublishedKey(string Kid, string Kty, string Crv, string X, string Y, IReadOnlyList<string> X5c, string? IssuerCode, DateTimeOffset CreatedAt)
{
    public static PublishedKey Of(string keyId, string? issuerCode, string publicKey, string certificate, DateTimeOffset createdAt)
    {
        var point = Base64Url.DecodeFromChars(publicKey);
        return new PublishedKey(keyId, "EC", "SM2", Base64Url.EncodeToString(point.AsSpan(1, 32)), Base64Url.EncodeToString(point.AsSpan(33, 32)),
            [Convert.ToBase64String(Base64Url.DecodeFromChars(certificate))], issuerCode, createdAt);
    }
}
