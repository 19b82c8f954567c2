using System.Text.Json;
using Azure.Storage.Blobs;
using GovFunctions.Api.Health;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Azure.Blobs;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Azure.Outbox;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using GovFunctions.Functions;
using GovFunctions.Functions.Http;
using GovFunctions.Functions.Milestones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovFunctions.FunctionsTests;

/// <summary>The worker's own registrations and limits, and what it does when its token settings are incomplete.</summary>
[Collection(FunctionsAppCollection.Name)]
public sealed class WorkerHostTests(FunctionsAppFixture app)
{
    private static IServiceProvider AppServices(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddFunctionsApp(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    private static Dictionary<string, string?> AzureSettings() => new()
    {
        ["Cosmos:Endpoint"] = "https://govfunctions-test.documents.azure.com:443/",
        ["Storage:BlobServiceUri"] = "https://govfunctionstest.blob.core.windows.net/",
        ["OutboxQueue:QueueServiceUri"] = "https://govfunctionstest.queue.core.windows.net/",
        ["ServiceBus:FullyQualifiedNamespace"] = "govfunctions-test.servicebus.windows.net",
        ["Auth:Issuer"] = "https://login.example/tenant/v2.0",
        ["Auth:Audience"] = "govfunctions-api",
        ["Auth:Authority"] = "https://login.example/tenant/v2.0",
        ["CertificateKeys:VaultUri"] = "https://kv-test.vault.azure.net/",
    };

    [Fact]
    public void The_worker_takes_request_bodies_as_large_as_the_largest_material_slot_and_wires_its_Azure_adapters()
    {
        var services = AppServices(AzureSettings());

        Assert.Equal(200L * 1024 * 1024, services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize);
        Assert.IsType<ServiceBusMilestonePublisher>(services.GetRequiredService<IMilestonePublisher>());
        Assert.IsType<ServiceBusDeadLetters>(services.GetRequiredService<IPoisonMessageStore>());
        Assert.IsType<QueueOutboxSignal>(services.GetRequiredService<IOutboxSignal>());
        Assert.Equal(new Uri("https://govfunctionstest.queue.core.windows.net/case-outbox"), services.GetRequiredService<global::Azure.Storage.Queues.QueueClient>().Uri);
        Assert.IsType<KeyVaultSecretStore>(services.GetRequiredService<ISecretStore>());
    }

    [Fact]
    public void Without_a_vault_the_certificate_keys_name_the_missing_setting()
    {
        var settings = AzureSettings();
        settings["CertificateKeys:VaultUri"] = "";

        var refused = Assert.Throws<InvalidOperationException>(() => AppServices(settings).GetRequiredService<ISecretStore>());
        Assert.Contains("CertificateKeys:VaultUri", refused.Message);
    }

    [Fact]
    public async Task Without_an_authority_tokens_answer_503_naming_the_setting_and_the_health_check_says_why()
    {
        var settings = AzureSettings();
        settings["Auth:Authority"] = "";
        var validator = AppServices(settings).GetRequiredService<BearerTokenValidator>();

        var refused = await Assert.ThrowsAsync<IdentityProviderNotConfiguredException>(() => validator.ValidateAsync("a.b.c", default));
        var (status, problem) = await Execute(ApiProblems.From(refused, new DefaultHttpContext(), NullLogger.Instance));
        Assert.Equal(503, status);
        Assert.Contains("Auth:Authority", problem.GetProperty("detail").GetString());

        var health = new HealthApi(app.Services.GetRequiredService<CosmosClient>(), app.Services.GetRequiredService<BlobServiceClient>(),
            app.Services.GetRequiredService<IOptions<CosmosOptions>>(), app.Services.GetRequiredService<IOptions<BlobStorageOptions>>(),
            Options.Create(new AuthOptions { Issuer = "https://login.example/tenant/v2.0", Audience = "govfunctions-api" }));
        var (healthStatus, report) = await Execute(await health.GetHealth(new DefaultHttpContext().Request, default));
        Assert.Equal(503, healthStatus);
        Assert.Equal("ok", report.GetProperty("checks").GetProperty("cosmos").GetString());
        Assert.StartsWith("misconfigured: Set Auth:Authority", report.GetProperty("checks").GetProperty("identity").GetString());
    }

    [Fact]
    public async Task The_worker_answers_in_the_platforms_JSON_shape_as_LocalHost_does()
    {
        var started = new DraftStarted(DateTimeOffset.UnixEpoch, "applicant-1", "330300-20270309-000042", "ABC123", "ITEM", "1", null, "330300-QXJ", "330300")
        {
            Audit = new Core.Audit.EventAudit("0f", new Core.Audit.RequestOrigin(["applicant"], null, "00-trace", "10.0.0.7")),
        };
        var answer = new { stage = CaseStage.UnderReview, note = "受理", history = new CaseEvent[] { started } };

        var (_, body) = await Execute(Results.Ok(answer), AppServices(AzureSettings()));

        Assert.Equal("underReview", body.GetProperty("stage").GetString());
        Assert.Equal("draftStarted", body.GetProperty("history")[0].GetProperty("type").GetString());
        Assert.False(body.GetProperty("history")[0].TryGetProperty("audit", out _), "An event's audit link is kept in the store, never answered.");
    }

    private static async Task<(int Status, JsonElement Body)> Execute(IResult result, IServiceProvider? services = null)
    {
        var context = new DefaultHttpContext { RequestServices = services ?? new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JsonDocument.Parse(context.Response.Body).RootElement.Clone());
    }
}
