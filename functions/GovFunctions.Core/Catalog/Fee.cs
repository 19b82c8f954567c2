using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Catalog;

/// <summary>Whether the item is charged, on what basis, and its tariff.</summary>
public sealed record Fee
{
    public bool Charged { get; init; }
    [MaxLength(InputLimits.LongText)]
    public string Basis { get; init; } = null!;
    [MaxLength(InputLimits.FeeStandards)]
    public IReadOnlyList<FeeStandard> Standards { get; init; } = [];
}

/// <summary>One way of charging (per piece, per page…) with its tiers.</summary>
public sealed record FeeStandard
{
    [MaxLength(InputLimits.Word)]
    public string Method { get; init; } = null!;
    [MaxLength(InputLimits.Word)]
    public string? Unit { get; init; }
    [MaxLength(InputLimits.Word)]
    public string? Period { get; init; }
    [MaxLength(InputLimits.FeeStandards)]
    public IReadOnlyList<FeeTier> Tiers { get; init; } = [];
}

/// <summary>A price tier: <see cref="To"/> null is open-ended; <see cref="Price"/> null means the rule is in the description.</summary>
public sealed record FeeTier(
    [property: Range(0, 1_000_000_000)] int From,
    [property: Range(0, 1_000_000_000)] int? To,
    decimal? Price,
    [property: MaxLength(InputLimits.ShortText)] string? Description);
