using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Security.KeyVault.Secrets;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// Key Vault's secrets client over a dictionary, through the SDK's own mocking surface (virtual members, model factory):
/// Key Vault has no emulator, so this is how the app's <c>KeyVaultSecretStore</c> runs in tests. Versions are kept in
/// the order they were set, as the service keeps them.
/// </summary>
internal sealed class InMemorySecretClient : SecretClient
{
    private static readonly Uri Vault = new("https://kv-test.vault.azure.net/");
    private readonly ConcurrentDictionary<string, List<KeyVaultSecret>> _secrets = new();
    private long _clock = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public override AsyncPageable<SecretProperties> GetPropertiesOfSecretVersionsAsync(string name, CancellationToken cancellationToken = default) =>
        Pageable(_secrets.TryGetValue(name, out var versions) ? [.. versions.Select(v => v.Properties)] : []);

    public override AsyncPageable<SecretProperties> GetPropertiesOfSecretsAsync(CancellationToken cancellationToken = default) =>
        Pageable([.. _secrets.Values.Select(v => v[^1].Properties)]);

    public override Task<Response<KeyVaultSecret>> GetSecretAsync(string name, string? version = null, CancellationToken cancellationToken = default) =>
        _secrets.TryGetValue(name, out var versions) && versions.FirstOrDefault(v => version is null || v.Properties.Version == version) is { } secret
            ? Task.FromResult(Response.FromValue(secret, new OkResponse()))
            : throw new RequestFailedException(404, $"Secret {name} not found.");

    public override Task<Response<KeyVaultSecret>> SetSecretAsync(KeyVaultSecret secret, CancellationToken cancellationToken = default)
    {
        var version = Guid.NewGuid().ToString("N");
        var properties = SecretModelFactory.SecretProperties(
            new Uri(Vault, $"secrets/{secret.Name}/{version}"), Vault, secret.Name, version,
            createdOn: DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Increment(ref _clock)));
        properties.Enabled = true;
        var stored = SecretModelFactory.KeyVaultSecret(properties, secret.Value);
        lock (_secrets)
        {
            _secrets.GetOrAdd(secret.Name, _ => []).Add(stored);
        }

        return Task.FromResult(Response.FromValue(stored, new OkResponse()));
    }

    private static AsyncPageable<SecretProperties> Pageable(IReadOnlyList<SecretProperties> items) =>
        AsyncPageable<SecretProperties>.FromPages([Page<SecretProperties>.FromValues(items, null, new OkResponse())]);

    private sealed class OkResponse : Response
    {
        public override int Status => 200;
        public override string ReasonPhrase => "OK";
        public override Stream? ContentStream { get; set; }
        public override string ClientRequestId { get; set; } = "";

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
