using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// What a receiving party checks, one of three: the identifier with the verification code the holder gave it; the signed
/// certificate file itself (<c>{"certificate": {…}, "seal": {…}}</c> as downloaded); or the certificate PDF, base64.
/// A signed-in verifier also states its <see cref="ReasonOfUse"/> (申请事由), and is answered the holder in full.
/// </summary>
public sealed record CertificateVerificationRequest(
    [property: MaxLength(InputLimits.CertificateIdentifier)] string? Identifier,
    [property: MaxLength(InputLimits.Word)] string? VerificationCode,
    JsonObject? Document,
    [property: MaxLength(CertificateVerificationRequest.MaxPdfBytes)] byte[]? Pdf,
    [property: MaxLength(RelyingParty.MaxReasonLength)] string? ReasonOfUse)
{
    /// <summary>A certificate PDF is some tens of kilobytes; one over a megabyte is not one.</summary>
    public const int MaxPdfBytes = 1024 * 1024;
}
