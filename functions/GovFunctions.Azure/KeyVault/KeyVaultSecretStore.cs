using Azure;
using Azure.Security.KeyVault.Secrets;
using GovFunctions.Core.Certificates;

namespace GovFunctions.Azure.KeyVault;

/// <summary>
/// Sealing keys as Key Vault secrets. SM2 is not among Key Vault's key types, so the key material is a secret the app
/// reads; each key is a version of its issuer's secret, and versions are never deleted, so a rotation or two instances
/// racing to create the first key never lose a key that sealed something.
/// </summary>
public sealed class KeyVaultSecretStore(SecretClient client) : ISecretStore
{
    public async Task<IReadOnlyList<string>> ReadVersionsAsync(string name, CancellationToken cancellationToken)
    {
        var versions = new List<SecretProperties>();
        try
        {
            await foreach (var version in client.GetPropertiesOfSecretVersionsAsync(name, cancellationToken))
            {
                if (version.Enabled != false)
                {
                    versions.Add(version);
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        var values = new List<string>();
        foreach (var version in versions.OrderBy(v => v.CreatedOn))
        {
            values.Add((await client.GetSecretAsync(name, version.Version, cancellationToken)).Value.Value);
        }

        return values;
    }

    public async Task AddVersionAsync(string name, string value, CancellationToken cancellationToken) =>
        await client.SetSecretAsync(new KeyVaultSecret(name, value) { Properties = { ContentType = "application/json" } }, cancellationToken);

    public async Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var secret in client.GetPropertiesOfSecretsAsync(cancellationToken))
        {
            if (secret.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                names.Add(secret.Name);
            }
        }

        return names;
    }
}
