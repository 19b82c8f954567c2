using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// 更正: what a reissue corrects (at least one field) and why. The new version replaces the old one, which stays
/// verifiable as superseded.
/// </summary>
public sealed record CertificateCorrection(
    [property: MaxLength(InputLimits.Reason)] string? Reason,
    [property: MaxLength(InputLimits.Reason)] string? Holder,
    [property: MaxLength(InputLimits.ShortText)] string? ResultDocument,
    [property: MaxLength(InputLimits.Reason)] string? Matter);
