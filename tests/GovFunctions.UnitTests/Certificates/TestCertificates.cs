using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

/// <summary>A certificate as a decision issues it, sealed by a real key ring, without the PDF the issuer stores beside it.</summary>
internal static class TestCertificates
{
    public static async Task<IssuedCertificate> IssueAsync(IssuerKeyRing keys, CaseState state, ServiceItem item, CertificateContents contents, DateTimeOffset now)
    {
        var document = await CertificateIssuer.SealAsync(keys, state, item, contents, 1, now, CancellationToken.None);
        return new IssuedCertificate(document.Certificate.Identifier, "ABCD2345", document, now);
    }
}
