namespace GovFunctions.Core.Catalog;

/// <summary>Whether the item is charged, on what basis, and its tariff.</summary>
public sealed record Fee
{
    public bool Charged { get; init; }
    public string Basis { get; init; } = null!;
    public IReadOnlyList<FeeStandard> Standards { get; init; } = [];
}

/// <summary>One way of charging (per piece, per page…) with its tiers.</summary>
public sealed record FeeStandard
{
    public string Method { get; init; } = null!;
    public string? Unit { get; init; }
    public string? Period { get; init; }
    public IReadOnlyList<FeeTier> Tiers { get; init; } = [];
}

/// <summary>A price tier: <see cref="To"/> null is open-ended; <see cref="Price"/> null means the rule is in the description.</summary>
public sealed record FeeTier(int From, int? To, decimal? Price, string? Description);
