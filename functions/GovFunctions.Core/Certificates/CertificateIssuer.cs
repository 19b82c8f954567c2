using System.Buffers.Text;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates.Rendering;
using GovFunctions.Core.Materials;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// Makes the certificate a decision issues: the content from the case, the guide's certificate terms and the decision,
/// sealed with the issuing department's current key; a fresh verification code for the holder; the PDF rendered once and
/// stored with the case's files, its SHA-256 on the record.
/// </summary>
public sealed class CertificateIssuer(IssuerKeyRing keys, IMaterialStore files, IOptions<CertificateOptions> options)
{
    /// <summary>Whether an approval of a case under this guide issues an electronic certificate.</summary>
    public static bool Issues(ServiceItem item) => item.Certificate is not null && CatalogVocabulary.CertificateResultTypes.Contains(item.ResultType);

    public async Task<IssuedCertificate> IssueAsync(
        CaseState state, ServiceItem item, CertificateContents contents, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = await SealAsync(keys, state, item, contents, version, now, cancellationToken);
        var code = CaseNumber.RandomCharacters(VerificationCodeLength);
        var pdf = CertificatePdf.Render(document, code, options.Value.VerificationPage);
        var stored = await files.SaveAsync(state.Number, new MemoryStream(pdf), CertificatePdf.ContentType, cancellationToken);
        return new IssuedCertificate(document.Certificate.Identifier, code, document, now) { PdfSha256 = stored.Sha256 };
    }

    /// <summary>The certificate's content, sealed with the issuer's current key.</summary>
    public static async Task<SignedCertificate> SealAsync(
        IssuerKeyRing keys, CaseState state, ServiceItem item, CertificateContents contents, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = item.Certificate ?? throw new InvalidOperationException($"Item {item.Code} issues no electronic certificate.");
        var identifier = CertificateIdentifier.For(terms.TypeCode, terms.IssuerCreditCode, state.Number, version);
        var issuedOn = ChinaTime.DateOf(now);
        var name = (item.ResultName ?? item.Name).Trim('《', '》');
        var certificate = new ElectronicCertificate(
            identifier.Value, name, name, terms.TypeCode, state.Number,
            state.Form.ApplicantName!, state.Form.IdentityNumber!, IsPerson(state) ? ElectronicCertificate.PersonHolder : ElectronicCertificate.OrganisationHolder,
            item.Department, terms.IssuerCreditCode, issuedOn, issuedOn, terms.ValidityMonths is { } months ? issuedOn.AddMonths(months).AddDays(-1) : null,
            item.RegionCode, state.Number, item.Code, version, contents);
        var key = await keys.SigningKeyAsync(terms.IssuerCreditCode, cancellationToken);
        var payload = SignedCertificate.PayloadOf(certificate);
        var signature = Sm2.Sign(Base64Url.DecodeFromChars(key.PrivateKey), System.Text.Encoding.UTF8.GetBytes(payload));
        return new SignedCertificate(payload, new CertificateSeal(CertificateSeal.Sm2WithSm3, key.Key.KeyId, Base64Url.EncodeToString(signature)));
    }

    public const int VerificationCodeLength = 8;

    private static bool IsPerson(CaseState state) => state.Form.ApplicantType == "自然人";
}
