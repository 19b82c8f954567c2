using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// How an item's result is issued as an electronic certificate (电子证照): its type in the certificate catalogue, the
/// issuing authority's unified social credit code, and how long it is valid (null: 长期有效).
/// </summary>
public sealed record CertificateTerms
{
    [MaxLength(InputLimits.CertificateTypeCode)]
    public string TypeCode { get; init; } = null!;

    [MaxLength(InputLimits.IdentityNumber)]
    public string IssuerCreditCode { get; init; } = null!;

    [Range(1, InputLimits.MaxValidityMonths)]
    public int? ValidityMonths { get; init; }
}
