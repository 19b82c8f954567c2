using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Queues;
using GovFunctions.LocalHost;
using GovFunctions.LocalHost.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovFunctions.Benchmarks;

/// <summary>
/// LocalHost as <c>scripts/run.sh</c> starts it (Development, seeded catalog), with a database, alarm table and queues of
/// its own on the emulators, and the same SDK clients it uses, for the raw baselines.
/// </summary>
public sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkHost(WebApplication app)
    {
        _app = app;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        Anonymous = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>LocalHost's services: its case store, outbox pump and alarm runner, for set-up and for watching work drain.</summary>
    public IServiceProvider Services => _app.Services;

    public HttpClient Anonymous { get; }

    public Database Database => _app.Services.GetRequiredService<CosmosClient>().GetDatabase(_app.Services.GetRequiredService<IOptions<CosmosOptions>>().Value.DatabaseName);

    public BlobServiceClient Blobs => _app.Services.GetRequiredService<BlobServiceClient>();

    public QueueServiceClient Queues => _app.Services.GetRequiredService<QueueServiceClient>();

    /// <summary>The document operations LocalHost's Cosmos DB client has sent so far.</summary>
    public CosmosOperationCounter CosmosOperations => _app.Services.GetRequiredService<CosmosOperationCounter>();

    /// <summary>Waits until the outbox has processed every save made so far.</summary>
    public Task WhenOutboxDrainedAsync() => _app.Services.GetRequiredService<OutboxPump>().WhenDrainedAsync(TimeSpan.FromMinutes(10), CancellationToken.None);

    public static async Task<BenchmarkHost> StartAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var app = LocalHostApp.Create(
            ["--environment", "Development", "--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory],
            builder =>
            {
                // LocalHost's own client, with a handler that counts what it sends.
                builder.Services.AddSingleton<CosmosOperationCounter>();
                builder.Services.AddSingleton(sp => CosmosClientFactory.Create(
                    sp.GetRequiredService<IOptions<CosmosOptions>>().Value, sp.GetRequiredService<CosmosOperationCounter>()));
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cosmos:DatabaseName"] = "bench-" + id,
                ["AlarmStore:TableName"] = "benchalarms" + id,
                ["ProvinceQueues:QueuePrefix"] = "bench" + id + "-province-",
                ["Logging:LogLevel:Default"] = "Warning",
                // The status query's per-address quotas would refuse a benchmark from one address; it measures the path, not the quota.
                ["PublicQueries:LookupsPerAddressPerMinute"] = "100000000",
            });
            });
        await app.StartAsync();
        return new BenchmarkHost(app);
    }

    /// <summary>A client whose requests carry a development token for the caller.</summary>
    public async Task<HttpClient> ClientFor(string subject, string role, string? departmentCode = null, string? regionCode = null)
    {
        var response = await Anonymous.PostAsJsonAsync("/api/dev/tokens",
            new { subject, roles = new[] { role }, departmentCode, regionCode = regionCode ?? departmentCode?[..6] });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await Database.DeleteAsync();
        await _app.Services.GetRequiredService<TableClient>().DeleteAsync();
        await foreach (var queue in Queues.GetQueuesAsync(prefix: _app.Services.GetRequiredService<ProvinceQueues>().Prefix))
        {
            await Queues.DeleteQueueAsync(queue.Name);
        }

        Anonymous.Dispose();
        await _app.DisposeAsync();
    }

    private sealed record TokenAnswer(string AccessToken);
}
