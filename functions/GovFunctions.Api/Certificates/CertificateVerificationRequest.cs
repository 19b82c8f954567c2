using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// What a receiving party checks, one of three: the identifier with the verification code the holder gave it; the signed
/// certificate file itself (<c>{"certificate": {…}, "seal": {…}}</c> as downloaded); or the certificate PDF, base64.
/// </summary>
public sealed record CertificateVerificationRequest(
    [property: MaxLength(InputLimits.CertificateIdentifier)] string? Identifier,
    [property: MaxLength(InputLimits.Word)] string? VerificationCode,
    JsonObject? Document,
    [property: MaxLength(CertificateVerificationRequest.MaxPdfBytes)] byte[]? Pdf)
{
    /// <summary>A certificate PDF is some tens of kilobytes; one over a megabyte is not one.</summary>
    public const int MaxPdfBytes = 1024 * 1024;
}
