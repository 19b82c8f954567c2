namespace GovFunctions.Core.Certificates;

/// <summary>Settings section <c>Certificates</c>: what the printed certificates point receiving parties to.</summary>
public sealed class CertificateOptions
{
    public const string SectionName = "Certificates";

    /// <summary>
    /// The portal's verification page; a certificate's QR code opens it with <c>identifier</c> and
    /// <c>verificationCode</c> in the query, and the page calls VerifyCertificate.
    /// </summary>
    public Uri VerificationPage { get; set; } = new("https://localhost/certificate-verification");
}
