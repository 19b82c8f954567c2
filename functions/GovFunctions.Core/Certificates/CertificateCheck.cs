using GovFunctions.Core.Milestones;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// The answer a receiving party relies on: the verdict and, when the issuer's record was found, the minimal facts to
/// rely on it (type, number, issuer, dates). A natural person's name is masked and the holder's identity number never
/// shown: whoever checks a certificate needs to know it stands, not who holds it.
/// </summary>
public sealed record CertificateCheck(
    CertificateVerdict Verdict,
    string? Identifier,
    string? Name,
    string? TypeCode,
    string? Number,
    string? Issuer,
    string? IssuerCode,
    DateOnly? IssuedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    string? Holder,
    DateTimeOffset? RevokedAt,
    RevocationReason? RevocationReason,
    string? CurrentIdentifier)
{
    /// <summary>For a relying party that stated its reason of use: the holder in full (name and identity number or code).</summary>
    public static CertificateCheck ForRelyingParty(CertificateVerdict verdict, IssuedCertificate issued) =>
        Of(verdict, issued) with { Holder = issued.Document.Certificate.Holder, HolderCode = issued.Document.Certificate.HolderCode };

    /// <summary>The holder's identity number or credit code: only for a relying party that stated its reason of use.</summary>
    public string? HolderCode { get; init; }

    public static CertificateCheck Of(CertificateVerdict verdict, IssuedCertificate? issued)
    {
        if (issued is null || verdict == CertificateVerdict.Tampered)
        {
            return new CertificateCheck(verdict, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        var c = issued.Document.Certificate;
        return new CertificateCheck(
            verdict, c.Identifier, c.Name, c.TypeCode, c.Number, c.Issuer, c.IssuerCode, c.IssuedOn, c.ValidFrom, c.ValidUntil,
            c.HolderCodeType == ElectronicCertificate.PersonHolder ? IdentifierMask.MaskName(c.Holder) : c.Holder,
            issued.Revocation?.At, issued.Revocation?.Reason, issued.SupersededBy);
    }
}
