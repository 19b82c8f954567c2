using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates.Rendering;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// Verification for receiving parties: by identifier and verification code, by the signed file, or by the PDF. Anyone
/// gets the verdict and the minimal facts; a signed-in <see cref="RelyingParty"/> gets the holder in full, and its
/// check is recorded on the certificate (a case event its holder sees).
/// </summary>
public sealed class CertificateVerifier(CaseChanges changes, IssuerKeyRing keys)
{
    public async Task<CertificateCheck> VerifyAsync(RelyingParty? party, string? identifier, string? verificationCode, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.RequireText("identifier", identifier, InputLimits.CertificateIdentifier);
        errors.RequireText("verificationCode", verificationCode, CertificateIssuer.VerificationCodeLength);
        errors.ThrowIfAny();
        if (!CertificateIdentifier.TryParse(identifier, out var parsed))
        {
            throw ValidationFailedException.For("identifier", "is not a certificate identifier (1.2.156.3005.2.…), or its check character is wrong.");
        }

        var issued = await FindAsync(parsed.Value, cancellationToken);
        issued = issued is not null && QueryCode.FromStored(issued.VerificationCode).Matches(verificationCode) ? issued : null;
        var verdict = CertificateVerification.Verify(presented: null, issued, await keys.PublishedAsync(cancellationToken), changes.Now);
        return await AnswerAsync(party, verdict, issued, cancellationToken);
    }

    /// <summary>Checks an uploaded certificate file: the seal against the published keys, then the issuer's record of it.</summary>
    public async Task<CertificateCheck> VerifyDocumentAsync(RelyingParty? party, JsonNode? document, CancellationToken cancellationToken)
    {
        var (verdict, issued) = await CheckDocumentAsync(SignedCertificate.FromDocument(document), cancellationToken);
        return await AnswerAsync(party, verdict, issued, cancellationToken);
    }

    /// <summary>
    /// Checks an uploaded PDF: the signed file it carries, as a file is checked, and the PDF itself against the one the
    /// issuer rendered (a genuine file inside a PDF that shows something else is tampering).
    /// </summary>
    public async Task<CertificateCheck> VerifyPdfAsync(RelyingParty? party, byte[] pdf, CancellationToken cancellationToken)
    {
        var (verdict, issued) = await CheckDocumentAsync(SignedCertificate.FromDocument(CertificatePdf.ReadEmbeddedCertificate(pdf)), cancellationToken);
        if (issued is not null && issued.PdfSha256 != Convert.ToHexStringLower(SHA256.HashData(pdf)))
        {
            (verdict, issued) = (CertificateVerdict.Tampered, null);
        }

        return await AnswerAsync(party, verdict, issued, cancellationToken);
    }

    private async Task<(CertificateVerdict Verdict, IssuedCertificate? Issued)> CheckDocumentAsync(SignedCertificate? presented, CancellationToken cancellationToken)
    {
        var published = await keys.PublishedAsync(cancellationToken, presented?.Seal.KeyId);
        if (presented is null || !CertificateVerification.IsSealedByIssuer(presented, published)
            || !CertificateIdentifier.TryParse(presented.Certificate.Identifier, out var identifier))
        {
            return (CertificateVerdict.Tampered, null);
        }

        var issued = await FindAsync(identifier.Value, cancellationToken);
        var verdict = CertificateVerification.Verify(presented, issued, published, changes.Now);
        return (verdict, verdict == CertificateVerdict.Tampered ? null : issued);
    }

    private async Task<CertificateCheck> AnswerAsync(RelyingParty? party, CertificateVerdict verdict, IssuedCertificate? issued, CancellationToken cancellationToken)
    {
        if (party is null || issued is null)
        {
            return CertificateCheck.Of(verdict, issued);
        }

        var caseNumber = CertificateService.Parse(issued.Identifier).CaseNumber;
        await changes.ApplyAsync(caseNumber, (_, _, now) => new CertificateAccessed(now, party.Subject, issued.Identifier, party.OrganisationCode, party.ReasonOfUse), cancellationToken);
        return CertificateCheck.ForRelyingParty(verdict, issued);
    }

    private async Task<IssuedCertificate?> FindAsync(CertificateIdentifier identifier, CancellationToken cancellationToken)
    {
        try
        {
            var state = (await changes.LoadAsync(identifier.CaseNumber, cancellationToken)).Case.State;
            return state.Certificates.FirstOrDefault(c => c.Identifier == identifier.Value);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
