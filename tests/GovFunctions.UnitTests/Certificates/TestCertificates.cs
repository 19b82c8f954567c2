using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

/// <summary>A certificate as a decision issues it, sealed by a real key ring, without the PDF the issuer stores beside it.</summary>
internal static class TestCertificates
{
    public static async Task<IssuedCertificate> IssueAsync(IssuerKeyRing keys, CaseState state, ServiceItem item, CertificateContents contents, DateTimeOffset now)
    {
        var document = await CertificateIssuer.SealAsync(keys, CertificateIssuer.ContentFor(state, item, contents, now), CancellationToken.None);
        return new IssuedCertificate(document.Certificate.Identifier, "ABCD2345", document, now);
    }

    /// <summary>The reissue event an approver's correction records, with the new version sealed by the same key ring.</summary>
    public static async Task<CertificateReissued> ReissueAsync(IssuerKeyRing keys, IssuedCertificate current, CertificateCorrection correction, string by, DateTimeOffset now)
    {
        var document = await CertificateIssuer.SealAsync(keys, CertificateIssuer.Corrected(current.Document.Certificate, correction, now), CancellationToken.None);
        return new CertificateReissued(now, by, current.Identifier, correction.Reason!, new IssuedCertificate(document.Certificate.Identifier, "EFGH2345", document, now));
    }
}
