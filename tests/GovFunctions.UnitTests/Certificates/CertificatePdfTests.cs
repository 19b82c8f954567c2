using System.Text;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Certificates.Rendering;
using GovFunctions.UnitTests.Review;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.UnitTests.Certificates;

public sealed class CertificatePdfTests
{
    private static readonly Uri Page = new("https://portal.example.gov.cn/certificate-verification?from=old");

    private static async Task<SignedCertificate> PermitAsync()
    {
        var scenario = ReviewScenario.Submitted(ReviewScenario.ItemNamed("XK02003001-350700000000"), ReviewScenario.Beijing(2027, 3, 1));
        var keys = new IssuerKeyRing(new InMemorySecretStore(), TimeProvider.System, NullLogger<IssuerKeyRing>.Instance);
        return (await TestCertificates.IssueAsync(keys, scenario.State, scenario.Item,
            new CertificateContents("南环许〔2027〕12号", new string('长', 300), ["《排污许可管理条例》第十三条"]), scenario.Now)).Document;
    }

    [Fact]
    public async Task The_pdf_carries_the_signed_file_exactly_and_names_its_title_and_identifier()
    {
        var document = await PermitAsync();
        var pdf = CertificatePdf.Render(document, "ABCD2345", Page);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var carried = SignedCertificate.FromDocument(CertificatePdf.ReadEmbeddedCertificate(pdf));
        Assert.Equal(document, carried);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("WenQuanYi", text);
        Assert.Contains("certificate.json", text);
    }

    [Fact]
    public void The_QR_code_leads_to_the_verification_page_with_identifier_and_code()
    {
        var link = CertificatePdf.VerificationLink(Page, "1.2.156.3005.2.X.Y", "ABCD2345");
        Assert.Equal("https://portal.example.gov.cn/certificate-verification?identifier=1.2.156.3005.2.X.Y&verificationCode=ABCD2345", link.AbsoluteUri);
    }

    [Fact]
    public async Task Bytes_that_are_not_a_certificate_pdf_carry_nothing()
    {
        Assert.Null(CertificatePdf.ReadEmbeddedCertificate([]));
        Assert.Null(CertificatePdf.ReadEmbeddedCertificate("%PDF-1.4 not really"u8.ToArray()));
        Assert.Null(CertificatePdf.ReadEmbeddedCertificate([.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31))]));
        var pdf = CertificatePdf.Render(await PermitAsync(), "ABCD2345", Page);
        Assert.Null(CertificatePdf.ReadEmbeddedCertificate(pdf[..(pdf.Length / 2)]));
    }
}
