using GovFunctions.Azure.Configuration;

namespace GovFunctions.Azure.Blobs;

/// <summary>
/// Settings section <c>Storage</c> for application data (not the Functions host's own storage).
/// In Azure <see cref="BlobServiceUri"/> is set and the app signs in with its managed identity; locally
/// <see cref="ConnectionString"/> points at Azurite.
/// </summary>
public sealed class BlobStorageOptions
{
    public const string SectionName = "Storage";

    [LocalOnlySetting]

    public string? ConnectionString { get; set; }

    public string? BlobServiceUri { get; set; }

    public string MaterialsContainer { get; set; } = "materials";

    /// <summary>Create the containers at start-up (local runs; in Azure, infra/ creates them).</summary>
    [LocalOnlySetting]
    public bool CreateResources { get; set; }
}
