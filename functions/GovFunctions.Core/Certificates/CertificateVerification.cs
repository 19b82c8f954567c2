using System.Buffers.Text;
using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// The checks a receiving party relies on, in the order GB/T 38540 verifies a seal: the key is the issuer's and
/// certified by the platform's root, the seal signs exactly this content, the content is what the issuer recorded, then
/// the certificate's standing (revoked, superseded, expired) on the day of the check.
/// </summary>
public static class CertificateVerification
{
    /// <param name="presented">The document as the verifier holds it; null when it only has the identifier and the code.</param>
    /// <param name="issued">What the issuing case recorded for that identifier; null when there is none.</param>
    public static CertificateVerdict Verify(SignedCertificate? presented, IssuedCertificate? issued, IssuerKeySet keys, DateTimeOffset now)
    {
        if (presented is not null && !IsSealedByIssuer(presented, keys))
        {
            return CertificateVerdict.Tampered;
        }

        if (issued is null)
        {
            return CertificateVerdict.NotFound;
        }

        if (presented is not null && presented.Payload != issued.Document.Payload)
        {
            return CertificateVerdict.Tampered;
        }

        return StandingOf(issued, now);
    }

    /// <summary>What the seal alone proves: offline verification, with nothing but the published keys.</summary>
    public static bool IsSealedByIssuer(SignedCertificate document, IssuerKeySet keys)
    {
        try
        {
            var certificate = document.Certificate;
            return document.Seal.Algorithm == CertificateSeal.Sm2WithSm3
                && certificate.IssuerCode is { } issuer
                && CertificateIdentifier.TryParse(certificate.Identifier, out var identifier) && identifier.Value.IssuerCode == issuer
                && keys.Find(document.Seal.KeyId, issuer) is { } key
                && Sm2.Verify(Base64Url.DecodeFromChars(key.PublicKey), document.SignedBytes, Base64Url.DecodeFromChars(document.Seal.Signature));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static CertificateVerdict StandingOf(IssuedCertificate issued, DateTimeOffset now) => issued switch
    {
        { Revocation: not null } => CertificateVerdict.Revoked,
        { SupersededBy: not null } => CertificateVerdict.Superseded,
        _ when issued.Document.Certificate.ValidUntil is { } until && ChinaTime.DateOf(now) > until => CertificateVerdict.Expired,
        _ => CertificateVerdict.Valid,
    };
}
