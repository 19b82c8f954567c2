using GovFunctions.Azure.Configuration;

namespace GovFunctions.Azure.KeyVault;

/// <summary>
/// Settings section <c>CertificateKeys</c>: where the certificate issuing root and the departments' sealing keys live.
/// In Azure a Key Vault (infra/ creates it and gives the app's identity the Secrets Officer role); in Development,
/// without a vault, a directory of key files under <c>.emulators/</c>.
/// </summary>
public sealed class CertificateKeyOptions
{
    public const string SectionName = "CertificateKeys";

    public Uri? VaultUri { get; set; }

    /// <summary>Development only: the directory LocalHost keeps its generated keys in when no vault is set.</summary>
    [LocalOnlySetting]
    public string? Directory { get; set; }
}
