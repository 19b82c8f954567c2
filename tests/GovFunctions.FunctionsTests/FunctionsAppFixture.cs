using System.Text;
using Azure.Storage.Queues;
using GovFunctions.Api;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Azure.Outbox;
using GovFunctions.Core.Certificates;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Review;
using GovFunctions.Functions.Review;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The Functions app's own orchestration and activities on the Durable Task SDK's in-process test host; behind the
/// activities the app's application services as Program.cs registers them (AddGovFunctions), on the emulators, with
/// a database of their own, the outbox signalled through the Storage queue on Azurite and milestones to Azurite
/// province queues. The rules run on an <see cref="OffsetClock"/> the tests set.
/// </summary>
public sealed class FunctionsAppFixture : IAsyncLifetime
{
    private const string CosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
    private readonly string _database = "fn-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _queuePrefix = "fn" + Guid.NewGuid().ToString("N")[..10] + "-province-";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _nextAlarmCallsByCase = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _failuresToInject = new();

    internal OffsetClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    public DurableTaskTestHost Durable { get; private set; } = null!;

    public IServiceProvider Services => Durable.Services;

    /// <summary>How often GetNextCaseAlarm ran for a case.</summary>
    public int NextAlarmCallsFor(string caseNumber) => _nextAlarmCallsByCase.GetValueOrDefault(caseNumber);

    /// <summary>The next <paramref name="times"/> GetNextCaseAlarm calls for the case fail, as a storage hiccup would.</summary>
    public void FailNextAlarmCalls(string caseNumber, int times) => _failuresToInject[caseNumber] = times;

    public List<(DateTimeOffset At, CaseAlarm Alarm)> Fired { get; } = [];

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = "https://127.0.0.1:8081/",
            ["Cosmos:Key"] = CosmosKey,
            ["Cosmos:DatabaseName"] = _database,
            ["Cosmos:AcceptEmulatorCertificate"] = "true",
            ["Cosmos:CreateResources"] = "true",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:CreateResources"] = "true",
            ["Auth:Issuer"] = "https://login.example/tenant",
            ["Auth:Audience"] = "govfunctions-api",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        // The test host's gRPC sidecar logs every call to the console at Information otherwise.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        Durable = await DurableTaskTestHost.StartAsync(Register, new DurableTaskTestHostOptions
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<ISecretStore>(new KeyVaultSecretStore(new InMemorySecretClient()));
                services.AddGovFunctions(configuration);
                services.AddSingleton(QueueOutboxSignal.CreateQueue(new OutboxQueueOptions { ConnectionString = "UseDevelopmentStorage=true" }, "case-outbox-" + _queuePrefix[2..12]));
                services.AddSingleton<IOutboxSignal, QueueOutboxSignal>();
                services.AddSingleton(new QueueServiceClient("UseDevelopmentStorage=true"));
                services.AddSingleton(new ProvinceQueues(_queuePrefix));
                services.AddSingleton<IMilestonePublisher, QueueMilestonePublisher>();
                services.AddSingleton<CaseAlarmOrchestration>();
            },
        });
        await Services.GetRequiredService<QueueClient>().CreateIfNotExistsAsync();
        await Services.GetRequiredService<QueueServiceClient>().GetQueueClient(_queuePrefix + "330000").CreateIfNotExistsAsync();
        await using var seed = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json"));
        await CatalogSeed.ImportAsync(Services.GetRequiredService<CatalogService>(), seed, default);
    }

    public async Task DisposeAsync()
    {
        await Services.GetRequiredService<Microsoft.Azure.Cosmos.CosmosClient>().GetDatabase(_database).DeleteAsync();
        await Services.GetRequiredService<QueueClient>().DeleteIfExistsAsync();
        await Services.GetRequiredService<QueueServiceClient>().GetQueueClient(_queuePrefix + "330000").DeleteIfExistsAsync();
        await Durable.DisposeAsync();
    }

    /// <summary>The app's CaseAlarms orchestration and activities, unchanged, each registered under its Functions name.</summary>
    private void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<string>(CaseAlarmOrchestration.Orchestrator, (context, _) => CaseAlarmOrchestration.RunAsync(context));
        registry.AddActivityFunc<string, NextCaseAlarm>(CaseAlarmOrchestration.NextAlarmActivity, async (_, caseNumber) =>
        {
            _nextAlarmCallsByCase.AddOrUpdate(caseNumber, 1, (_, n) => n + 1);
            if (_failuresToInject.TryGetValue(caseNumber, out var left) && left > 0 && _failuresToInject.TryUpdate(caseNumber, left - 1, left))
            {
                throw new IOException("Injected: the case store did not answer.");
            }

            return await Services.GetRequiredService<CaseAlarmOrchestration>().GetNextCaseAlarm(caseNumber, default);
        });
        registry.AddActivityFunc<CaseAlarm>(CaseAlarmOrchestration.FireAlarmActivity, async (_, alarm) =>
        {
            lock (Fired)
            {
                Fired.Add((Clock.GetUtcNow(), alarm));
            }

            await Services.GetRequiredService<CaseAlarmOrchestration>().FireCaseAlarm(alarm, default);
        });
    }

    /// <summary>A company's application for 雷电防护装置设计审核 (温州市气象局), submitted now on the rules' clock; its outbox drained.</summary>
    public async Task<string> SubmitCaseAsync()
    {
        var cases = Services.GetRequiredService<CaseService>();
        var applicant = Applicant;
        var number = (await cases.StartAsync(applicant, "XK01001001-330300000000", default)).State.Number;
        await cases.UpdateFormAsync(applicant, number, new ApplicationForm
        {
            ApplicantType = "企业法人", ApplicantName = "温州某化工有限公司", IdentityNumber = "91350100M000100Y43",
            ContactName = "王五", ContactPhone = "13800138000", Matter = "油库雷电防护装置设计审核",
        }, default);
        foreach (var slot in new[] { "M01", "M02", "M03" })
        {
            await cases.UploadMaterialAsync(applicant, number, slot, slot + ".pdf", new MemoryStream(Pdf), default);
        }

        await cases.SubmitAsync(applicant, number, null, "submit", default);
        await DrainAsync(number);
        return number;
    }

    /// <summary>What the queue trigger does for the case's signal: drain its outbox (views, milestones).</summary>
    public Task DrainAsync(string caseNumber) => Services.GetRequiredService<CaseOutboxProcessor>().ProcessAsync(caseNumber, default);

    public static readonly Caller Applicant = new("company-fn", new HashSet<PlatformRole> { PlatformRole.Applicant }, CreditCode: "91350100M000100Y43");

    public static readonly Caller Clerk = new("clerk-fn", new HashSet<PlatformRole> { PlatformRole.Clerk }, "330300-QXJ", "330300");

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

[CollectionDefinition(Name)]
public sealed class FunctionsAppCollection : ICollectionFixture<FunctionsAppFixture>
{
    public const string Name = "FunctionsApp";
}
