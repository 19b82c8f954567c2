using GovFunctions.Core.Statistics;
using System.Text.Json;
using Azure.Storage.Queues;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProvincialReceiver;
using static GovFunctions.IntegrationTests.MilestoneCases;

namespace GovFunctions.IntegrationTests;

/// <summary>The outbox processor publishing milestones to per-province queues on Azurite, cases in the Cosmos DB emulator.</summary>
public sealed class MilestonePublishingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly CosmosDatabaseFixture _cosmos = new();
    private readonly ProvinceQueuesFixture _queues = new();
    private readonly FakeTimeProvider _time = new(Start);

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        await _queues.CreateAsync("330000", "350000");
    }

    public async Task DisposeAsync()
    {
        await _queues.DisposeAsync();
        await _cosmos.DisposeAsync();
    }

    private readonly GovFunctions.Core.PersonalData.PersonalDataKeys _keys = TestKeys.PersonalData();

    private CosmosCaseStore Cases => new(_cosmos.Database.GetContainer(CosmosContainers.Cases), _keys);

    private CaseOutboxProcessor Processor(IMilestonePublisher? publisher = null, ProvinceBackoff? backoff = null) =>
        new(Cases, new CosmosCaseViewStore(_cosmos.Database.GetContainer(CosmosContainers.CaseViews)),
            new StatisticsCounting(new CosmosStatisticsStore(_cosmos.Database.GetContainer(CosmosContainers.Statistics)), NullLogger<StatisticsCounting>.Instance),
            publisher ?? new QueueMilestonePublisher(_queues.Service, _queues.Names), backoff ?? new ProvinceBackoff(_time),
            new WorkCalendars(), _time, NullLogger<CaseOutboxProcessor>.Instance);

    private async Task<List<CaseRecord>> SaveCases(int count, Func<int, GovFunctions.Core.Catalog.ServiceItem> item)
    {
        var records = Enumerable.Range(0, count)
            .Select(i => Build(item(i), (Route)(i % 4), $"company-{i % 17}", Start.AddSeconds(i)))
            .ToList();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (record, _) => await SaveAsync(Cases, record));
        return records;
    }

    /// <summary>Every envelope in a queue, in the order the queue gives them.</summary>
    private static async Task<List<JsonElement>> Drain(QueueClient queue)
    {
        var envelopes = new List<JsonElement>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                return envelopes;
            }

            envelopes.AddRange(batch.Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement));
        }
    }

    private static void AssertPerCaseOrder(IEnumerable<JsonElement> envelopes)
    {
        foreach (var @case in envelopes.GroupBy(e => e.GetProperty("sessionId").GetString()))
        {
            var sequences = @case.Select(e => e.GetProperty("body").GetProperty("sequence").GetInt32()).ToList();
            Assert.Equal(sequences.Order(), sequences);
        }
    }

    [Fact]
    public async Task A_thousand_cases_reach_their_provinces_exactly_once_and_in_order()
    {
        var records = await SaveCases(1000, i => i % 3 == 0 ? Nanping : Wenzhou);

        var processor = Processor();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (record, ct) => await processor.ProcessAsync(record.State.Number, ct));

        foreach (var (province, item) in new[] { ("330000", Wenzhou), ("350000", Nanping) })
        {
            var envelopes = await Drain(_queues.Queue(province));
            var expected = records.Where(r => r.State.ItemCode == item.Code).SelectMany(MessageIds).Order().ToList();
            Assert.Equal(expected, envelopes.Select(e => e.GetProperty("messageId").GetString()!).Order());
            Assert.All(envelopes, e => Assert.Equal(province, e.GetProperty("applicationProperties").GetProperty("provinceCode").GetString()));
            Assert.All(envelopes, e => Assert.Equal(e.GetProperty("subject").GetString(), e.GetProperty("body").GetProperty("messageType").GetString()));
            AssertPerCaseOrder(envelopes);
        }

        Assert.Empty(await Cases.ListOutboxPendingAsync(default));
    }

    [Fact]
    public async Task A_publisher_killed_mid_way_loses_nothing_and_repeats_only_with_the_same_MessageId()
    {
        var records = await SaveCases(40, _ => Wenzhou);
        var crashing = new CrashingPublisher(new QueueMilestonePublisher(_queues.Service, _queues.Names), crashAfterSends: 25);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            foreach (var record in records)
            {
                await Processor(crashing).ProcessAsync(record.State.Number, default);
            }
        });

        // Restarted: a new processor rescans the cases still noted as owing work.
        await Processor().RescanAsync(default);

        var envelopes = await Drain(_queues.Queue("330000"));
        var ids = envelopes.Select(e => e.GetProperty("messageId").GetString()!).ToList();
        Assert.Equal(records.SelectMany(MessageIds).Order(), ids.Distinct().Order());
        Assert.True(ids.Count > ids.Distinct().Count(), "the message sent just before the crash goes out again");
        foreach (var repeated in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            var copies = envelopes.Where(e => e.GetProperty("messageId").GetString() == repeated.Key).Select(e => e.GetRawText()).Distinct();
            Assert.Single(copies); // a repeat is the same message, byte for byte
        }

        // The reference receiver takes each milestone once.
        foreach (var envelope in envelopes)
        {
            await _queues.Queue("330000").SendMessageAsync(envelope.GetRawText());
        }

        var store = Directory.CreateTempSubdirectory("receiver-");
        var output = new StringWriter();
        var receiver = new StorageQueueSource(_queues.Queue("330000"), _queues.Poison("330000"),
            new MilestoneHandler(MilestoneSchemas.Shipped, new MilestoneInbox(store.FullName), output), maxDeliveries: 3, TimeSpan.Zero, TextWriter.Null);
        await receiver.RunAsync(untilEmpty: true, default);

        Assert.Equal(records.Sum(r => r.Outbox.Messages.Count), Directory.GetFiles(store.FullName, "*.json", SearchOption.AllDirectories).Length);
        Assert.Contains($"Case {records[0].State.Number}", output.ToString());
        Assert.Empty((await _queues.Poison("330000").PeekMessagesAsync(32)).Value);
        store.Delete(recursive: true);
    }

    [Fact]
    public async Task A_province_that_is_down_holds_up_no_other_and_its_backlog_drains_after_recovery()
    {
        var records = await SaveCases(24, i => i % 2 == 0 ? Nanping : Wenzhou);
        await _queues.Queue("350000").DeleteAsync();
        var backoff = new ProvinceBackoff(_time);
        var processor = Processor(backoff: backoff);

        foreach (var record in records)
        {
            await processor.ProcessAsync(record.State.Number, default);
        }

        var wenzhou = records.Where(r => r.State.ItemCode == Wenzhou.Code).ToList();
        var nanping = records.Where(r => r.State.ItemCode == Nanping.Code).ToList();
        Assert.Equal(wenzhou.SelectMany(MessageIds).Order(), (await Drain(_queues.Queue("330000"))).Select(e => e.GetProperty("messageId").GetString()!).Order());
        var backlog = (await Cases.ListOutboxPendingAsync(default)).Where(n => n.ProvinceCode == "350000").ToList();
        Assert.Equal(nanping.Count, backlog.Count);
        Assert.Equal(nanping.Sum(r => r.Outbox.Messages.Count), backlog.Sum(n => n.PendingMessages));
        Assert.NotNull(backoff.WaitingUntil("350000"));
        Assert.Null(backoff.WaitingUntil("330000"));

        // The province comes back; once its wait is over the rescan drains the backlog, in order.
        await _queues.Queue("350000").CreateAsync();
        _time.Advance(TimeSpan.FromMinutes(10));
        await processor.RescanAsync(default);

        var drained = await Drain(_queues.Queue("350000"));
        Assert.Equal(nanping.SelectMany(MessageIds).Order(), drained.Select(e => e.GetProperty("messageId").GetString()!).Order());
        AssertPerCaseOrder(drained);
        Assert.Empty(await Cases.ListOutboxPendingAsync(default));
    }

    /// <summary>Sends, and after a number of sends dies right after a send: the message is out, its case not yet marked.</summary>
    private sealed class CrashingPublisher(IMilestonePublisher inner, int crashAfterSends) : IMilestonePublisher
    {
        private int _sends;

        public async Task PublishAsync(MilestoneEnvelope milestone, CancellationToken cancellationToken)
        {
            await inner.PublishAsync(milestone, cancellationToken);
            if (Interlocked.Increment(ref _sends) > crashAfterSends)
            {
                throw new OperationCanceledException("The process died.");
            }
        }
    }
}
