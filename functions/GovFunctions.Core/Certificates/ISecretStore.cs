namespace GovFunctions.Core.Certificates;

/// <summary>
/// Where the platform's keys live (certificate sealing keys, the personal data key): Key Vault secrets in Azure, files
/// under <c>.emulators/</c> in Development. Append-only by design: a secret gains versions and never loses one, so two
/// instances that create a key at the same moment both keep theirs, and every key that ever sealed stays published.
/// </summary>
public interface ISecretStore
{
    /// <summary>Every version of the secret, oldest first; empty when it has none.</summary>
    Task<IReadOnlyList<string>> ReadVersionsAsync(string name, CancellationToken cancellationToken);

    Task AddVersionAsync(string name, string value, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken);
}
