namespace GovFunctions.Core.Certificates;

/// <summary>The issuing department's signature over a certificate: SM2 over SM3, by the key <see cref="KeyId"/> names.</summary>
/// <param name="Signature">DER <c>SEQUENCE { r, s }</c>, base64url.</param>
public sealed record CertificateSeal(string Algorithm, string KeyId, string Signature)
{
    public const string Sm2WithSm3 = "SM2-SM3";
}
