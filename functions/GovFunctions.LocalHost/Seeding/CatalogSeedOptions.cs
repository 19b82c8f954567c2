namespace GovFunctions.LocalHost.Seeding;

/// <summary>Settings section <c>CatalogSeed</c>: a JSON array of guides to publish at start-up when missing.</summary>
public sealed class CatalogSeedOptions
{
    public const string SectionName = "CatalogSeed";

    /// <summary>Path, relative to the app's folder; empty to seed nothing.</summary>
    public string? File { get; set; }
}
