using System.Collections.Concurrent;
using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

/// <summary>A stand-in for the key store in unit tests of the sealing rules; the file and Key Vault stores have their own tests.</summary>
internal sealed class InMemorySecretStore : ISecretStore
{
    private readonly ConcurrentDictionary<string, List<string>> _secrets = new();

    public Task<IReadOnlyList<string>> ReadVersionsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_secrets.TryGetValue(name, out var versions) ? [.. versions] : []);

    public Task AddVersionAsync(string name, string value, CancellationToken cancellationToken)
    {
        _secrets.GetOrAdd(name, _ => []).Add(value);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _secrets.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))]);
}
