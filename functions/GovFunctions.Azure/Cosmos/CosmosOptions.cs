using GovFunctions.Azure.Configuration;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// Settings section <c>Cosmos</c>. In Azure only <see cref="Endpoint"/> is set and the app signs in with its
/// managed identity; locally <see cref="Key"/> is the emulator's published key.
/// </summary>
public sealed class CosmosOptions
{
    public const string SectionName = "Cosmos";

    public string Endpoint { get; set; } = "";

    /// <summary>Account key: local emulator only. Deployed accounts disable key access.</summary>
    [LocalOnlySetting]
    public string? Key { get; set; }

    public string DatabaseName { get; set; } = "govfunctions";

    /// <summary>Trust the local emulator's self-signed certificate. Honoured only for a loopback endpoint.</summary>
    [LocalOnlySetting]
    public bool AcceptEmulatorCertificate { get; set; }

    /// <summary>Create the database and containers at start-up (local runs; in Azure, infra/ creates them).</summary>
    [LocalOnlySetting]
    public bool CreateResources { get; set; }
}
