using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GovFunctions.Azure.Queues;
using GovFunctions.EndToEndTests.Contract;
using GovFunctions.Azure.Cosmos;
using GovFunctions.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// LocalHost as <c>dotnet run</c> starts it (Development settings, seeded catalog), on a free port and with a
/// database and alarm table of its own on the emulators, reached over real HTTP.
/// </summary>
public class LocalHostFixture : IAsyncLifetime
{
    private WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's services: its Cosmos database, for a test that reaches past the API (to tamper with what it stored).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The settings on top of the Development ones; a subclass adds its own.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Cosmos:DatabaseName"] = "e2e-" + Guid.NewGuid().ToString("N")[..12],
        ["AlarmStore:TableName"] = "alarms" + Guid.NewGuid().ToString("N")[..12],
        ["ProvinceQueues:QueuePrefix"] = "e2e" + Guid.NewGuid().ToString("N")[..10] + "-province-",
        ["Logging:LogLevel:Default"] = "Warning",
        ["CertificateKeys:Directory"] = KeyDirectory(),
        ["Cors:AllowedOrigins:0"] = PortalOrigin,
    };

    /// <summary>The browser portal origin the test hosts allow.</summary>
    public const string PortalOrigin = "https://portal.example.gov.cn";

    /// <summary>Sealing keys of a host of its own, generated at first need, in a temporary directory.</summary>
    public static string KeyDirectory() => Path.Combine(Path.GetTempPath(), "govfunctions-e2e-keys", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        _app = await StartAsync(Settings);
        BaseAddress = AddressOf(_app);
        Client = ApiClient(BaseAddress);
    }

    public async Task DisposeAsync()
    {
        await StopAndDeleteAsync(_app);
        Client.Dispose();
    }

    /// <summary>Stops a LocalHost and deletes its storage: stopped first, so no background work of it meets a database that is gone.</summary>
    public static async Task StopAndDeleteAsync(WebApplication app)
    {
        await app.StopAsync();
        await DeleteStorageAsync(app);
        await app.DisposeAsync();
    }

    /// <summary>Settings for a LocalHost of a test's own (database, alarm table, queues), its clock starting at <paramref name="startAt"/>.</summary>
    public static Dictionary<string, string?> IsolatedSettings(string name, string startAt) => new()
    {
        ["Cosmos:DatabaseName"] = $"e2e-{name}-" + Guid.NewGuid().ToString("N")[..8],
        ["AlarmStore:TableName"] = "alarms" + Guid.NewGuid().ToString("N")[..12],
        ["AlarmStore:PollInterval"] = "01:00:00",
        ["ProvinceQueues:QueuePrefix"] = $"e2e{name}" + Guid.NewGuid().ToString("N")[..8] + "-province-",
        ["Logging:LogLevel:Default"] = "Warning",
        ["DevelopmentClock:StartAt"] = startAt,
        ["CertificateKeys:Directory"] = KeyDirectory(),
    };

    /// <summary>Starts a LocalHost with these settings; tests that restart LocalHost start several over the same storage.</summary>
    public static async Task<WebApplication> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var app = LocalHostApp.Create(
            ["--environment", "Development", "--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                configure?.Invoke(builder);
            });
        await app.StartAsync();
        return app;
    }

    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    public static async Task DeleteStorageAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CosmosOptions>>().Value;
        await app.Services.GetRequiredService<CosmosClient>().GetDatabase(options.DatabaseName).DeleteAsync();
        await app.Services.GetRequiredService<TableClient>().DeleteAsync();
        var queues = app.Services.GetRequiredService<QueueServiceClient>();
        await foreach (var queue in queues.GetQueuesAsync(prefix: app.Services.GetRequiredService<ProvinceQueues>().Prefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }

    /// <summary>A client of the API whose every answer is checked against the host's OpenAPI document.</summary>
    public static HttpClient ApiClient(Uri baseAddress) => new(new ContractValidatingHandler(baseAddress)) { BaseAddress = baseAddress };

    /// <summary>A client whose requests carry a development token for the given caller.</summary>
    public Task<HttpClient> ClientFor(string subject, string[] roles, string? departmentCode = null, string? regionCode = null) =>
        ClientFor(BaseAddress, subject, roles, departmentCode, regionCode);

    public static async Task<HttpClient> ClientFor(
        Uri baseAddress, string subject, string[] roles, string? departmentCode = null, string? regionCode = null, string? creditCode = null)
    {
        using var anonymous = ApiClient(baseAddress);
        var response = await anonymous.PostAsJsonAsync("/api/dev/tokens", new { subject, roles, departmentCode, regionCode, creditCode });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
        var client = ApiClient(baseAddress);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenAnswer(string AccessToken);
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "LocalHost";
}
