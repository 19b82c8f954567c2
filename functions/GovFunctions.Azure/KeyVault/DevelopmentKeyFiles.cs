using GovFunctions.Core.Certificates;

namespace GovFunctions.Azure.KeyVault;

/// <summary>
/// Development's keys (certificate sealing keys, the personal data key): one directory per secret, one file per version, under <c>.emulators/</c> (never
/// committed). Only registered in Development without a Key Vault; a Production LocalHost refuses to start without one.
/// Files are written under a temporary name and moved into place, so a reader never sees half a key.
/// </summary>
public sealed class DevelopmentKeyFiles(string directory) : ISecretStore
{
    public async Task<IReadOnlyList<string>> ReadVersionsAsync(string name, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(directory, name);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var values = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            values.Add(await File.ReadAllTextAsync(file, cancellationToken));
        }

        return values;
    }

    public async Task AddVersionAsync(string name, string value, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(directory, name)).FullName;
        var version = $"{DateTime.UtcNow.Ticks:D20}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, version + ".tmp");
        await File.WriteAllTextAsync(temporary, value, cancellationToken);
        File.Move(temporary, Path.Combine(folder, version + ".json"));
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Directory.Exists(directory)
            ? [.. Directory.GetDirectories(directory).Select(Path.GetFileName).OfType<string>().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))]
            : []);
}
