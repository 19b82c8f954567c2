using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// What a receiving party checks: either the identifier with the verification code the holder gave it, or the signed
/// certificate file itself (<c>{"certificate": {…}, "seal": {…}}</c> as downloaded).
/// </summary>
public sealed record CertificateVerificationRequest(
    [property: MaxLength(InputLimits.CertificateIdentifier)] string? Identifier,
    [property: MaxLength(InputLimits.Word)] string? VerificationCode,
    JsonObject? Document);
