using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates.Rendering;
using GovFunctions.Core.Materials;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// Makes the certificates a case issues: the content from the case, the guide's certificate terms and the decision (or a
/// correction of an earlier version), sealed with the issuing department's current key; a fresh verification code for
/// the holder; the PDF rendered once and stored with the case's files, its SHA-256 on the record.
/// </summary>
public sealed class CertificateIssuer(IssuerKeyRing keys, ICertificateIndexStore positions, IMaterialStore files, IOptions<CertificateOptions> options)
{
    public const int VerificationCodeLength = 8;

    /// <summary>Whether an approval of a case under this guide issues an electronic certificate.</summary>
    public static bool Issues(ServiceItem item) => item.Certificate is not null && CatalogVocabulary.CertificateResultTypes.Contains(item.ResultType);

    public Task<IssuedCertificate> IssueAsync(CaseState state, ServiceItem item, CertificateContents contents, DateTimeOffset now, CancellationToken cancellationToken) =>
        PrintAsync(state.Number, ContentFor(state, item, contents, now), now, cancellationToken);

    /// <summary>The next version of <paramref name="current"/> with the correction applied; its validity is the original's.</summary>
    public Task<IssuedCertificate> ReissueAsync(string caseNumber, IssuedCertificate current, CertificateCorrection correction, DateTimeOffset now, CancellationToken cancellationToken) =>
        PrintAsync(caseNumber, Corrected(current.Document.Certificate, correction, now), now, cancellationToken);

    /// <summary>The next version's content: the correction applied, issued today, valid as the original was.</summary>
    public static ElectronicCertificate Corrected(ElectronicCertificate before, CertificateCorrection correction, DateTimeOffset now)
    {
        var identifier = CertificateIdentifier.TryParse(before.Identifier, out var parsed) ? parsed.Value.WithVersion(before.Version + 1) : throw new InvalidOperationException();
        return before with
        {
            Identifier = identifier.Value,
            Version = identifier.Version,
            IssuedOn = ChinaTime.DateOf(now),
            Holder = correction.Holder?.Trim() ?? before.Holder,
            Contents = before.Contents with
            {
                ResultDocument = correction.ResultDocument?.Trim() ?? before.Contents.ResultDocument,
                Matter = correction.Matter?.Trim() ?? before.Contents.Matter,
            },
        };
    }

    /// <summary>The content a decision's certificate says (version 1), from the case, the guide's terms and the decision.</summary>
    public static ElectronicCertificate ContentFor(CaseState state, ServiceItem item, CertificateContents contents, DateTimeOffset now)
    {
        var terms = item.Certificate ?? throw new InvalidOperationException($"Item {item.Code} issues no electronic certificate.");
        var identifier = CertificateIdentifier.For(terms.TypeCode, terms.IssuerCreditCode, state.Number, 1);
        var issuedOn = ChinaTime.DateOf(now);
        var name = (item.ResultName ?? item.Name).Trim('《', '》');
        return new ElectronicCertificate(
            identifier.Value, name, name, terms.TypeCode, state.Number,
            state.Form.ApplicantName!, state.Form.IdentityNumber!, IsPerson(state) ? ElectronicCertificate.PersonHolder : ElectronicCertificate.OrganisationHolder,
            item.Department, terms.IssuerCreditCode, issuedOn, issuedOn, terms.ValidityMonths is { } months ? issuedOn.AddMonths(months).AddDays(-1) : null,
            item.RegionCode, state.Number, item.Code, identifier.Version, contents);
    }

    /// <summary>The content, sealed with its issuer's current key.</summary>
    public static async Task<SignedCertificate> SealAsync(IssuerKeyRing keys, ElectronicCertificate certificate, CancellationToken cancellationToken)
    {
        var payload = SignedCertificate.PayloadOf(certificate);
        return new SignedCertificate(payload, await keys.SealAsync(certificate.IssuerCode, payload, cancellationToken));
    }

    /// <summary>Takes the certificate's status list position, seals it, renders and stores its PDF.</summary>
    private async Task<IssuedCertificate> PrintAsync(string caseNumber, ElectronicCertificate content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var certificate = content with { Status = CertificateStatusEntry.For(content.IssuerCode, await positions.NextAsync(content.IssuerCode, cancellationToken)) };
        var document = await SealAsync(keys, certificate, cancellationToken);
        var code = CaseNumber.RandomCharacters(VerificationCodeLength);
        var pdf = CertificatePdf.Render(document, code, options.Value.VerificationPage);
        var stored = await files.SaveAsync(caseNumber, new MemoryStream(pdf), CertificatePdf.ContentType, cancellationToken);
        return new IssuedCertificate(certificate.Identifier, code, document, now) { PdfSha256 = stored.Sha256 };
    }

    private static bool IsPerson(CaseState state) => state.Form.ApplicantType == "自然人";
}
