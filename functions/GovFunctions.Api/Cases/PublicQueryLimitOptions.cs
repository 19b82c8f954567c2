namespace GovFunctions.Api.Cases;

/// <summary>
/// The anonymous status query's quotas. Wrong query codes are what guessing produces, so they are counted per case
/// (from one address, and from all) and per address; right ones only count towards a generous per-address load quota,
/// so a service hall behind one address is not locked out by one guesser among its visitors.
/// </summary>
public sealed class PublicQueryLimitOptions
{
    public const string SectionName = "PublicQueries";

    /// <summary>Every lookup from one address, per minute: a load brake, far above what a hall of people asks.</summary>
    public int LookupsPerAddressPerMinute { get; set; } = 300;

    /// <summary>Wrong codes (or unknown cases) from one address, per minute, across cases: past it, wrong lookups answer 429.</summary>
    public int FailuresPerAddressPerMinute { get; set; } = 30;

    /// <summary>Wrong codes for one case from one address, per hour: past it, that address cannot look the case up.</summary>
    public int FailuresPerCaseAndAddressPerHour { get; set; } = 5;

    /// <summary>Wrong codes for one case from every address, per hour: past it, nobody can look the case up anonymously.</summary>
    public int FailuresPerCasePerHour { get; set; } = 50;
}
