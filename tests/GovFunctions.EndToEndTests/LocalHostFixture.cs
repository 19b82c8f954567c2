using System.Net.Http.Headers;
using System.Net.Http.Json;
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
/// database of its own on the emulator, reached over real HTTP.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = LocalHostApp.Create(
            ["--environment", "Development", "--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cosmos:DatabaseName"] = "e2e-" + Guid.NewGuid().ToString("N")[..12],
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        var options = _app.Services.GetRequiredService<IOptions<CosmosOptions>>().Value;
        await _app.Services.GetRequiredService<CosmosClient>().GetDatabase(options.DatabaseName).DeleteAsync();
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A client whose requests carry a development token for the given caller.</summary>
    public async Task<HttpClient> ClientFor(string subject, string[] roles, string? departmentCode = null, string? regionCode = null)
    {
        var response = await Client.PostAsJsonAsync("/api/dev/tokens", new { subject, roles, departmentCode, regionCode });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
        var client = new HttpClient { BaseAddress = BaseAddress };
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
