using GovFunctions.Azure.Queues;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Milestones;
using ProvincialReceiver;
using static GovFunctions.IntegrationTests.MilestoneCases;

namespace GovFunctions.IntegrationTests;

/// <summary>The reference provincial receiver on a province queue in Azurite, and the platform's view of its poison queue.</summary>
public sealed class ProvincialReceiverTests(ProvinceQueuesFixture queues) : IClassFixture<ProvinceQueuesFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _store = Directory.CreateTempSubdirectory("receiver-");
    private readonly StringWriter _output = new();

    public Task InitializeAsync() => queues.CreateAsync("330000");

    public Task DisposeAsync()
    {
        _store.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private StorageQueueSource Receiver() => new(queues.Queue("330000"), queues.Poison("330000"),
        new MilestoneHandler(MilestoneSchemas.Shipped, new MilestoneInbox(_store.FullName), _output), maxDeliveries: 3, TimeSpan.Zero, TextWriter.Null);

    [Fact]
    public async Task The_receiver_stores_each_milestone_once_and_prints_the_case_timeline_in_order()
    {
        var record = Build(Wenzhou, Route.SupplementedThenDelivered, "company-timeline", new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var publisher = new QueueMilestonePublisher(queues.Service, queues.Names);
        var milestones = record.Outbox.Messages.Select(m => MilestoneMapper.Map(record, m, WorkCalendar.Official)).ToList();
        foreach (var milestone in milestones.Concat(milestones.Take(2)))
        {
            await publisher.PublishAsync(milestone, default);
        }

        await Receiver().RunAsync(untilEmpty: true, default);

        var timeline = await new MilestoneInbox(_store.FullName).TimelineAsync(record.State.Number, default);
        Assert.Equal(record.Outbox.Messages.Select(m => m.Sequence), timeline.Select(t => t.Sequence));
        Assert.Equal(["caseSubmitted", "supplementRequested", "supplementProvided", "caseAccepted", "caseConcluded", "caseDelivered"], timeline.Select(t => t.MessageType));
        var printed = _output.ToString();
        Assert.Contains("caseDelivered", printed);
        Assert.True(printed.IndexOf("caseSubmitted", StringComparison.Ordinal) < printed.LastIndexOf("caseDelivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_the_receiver_cannot_take_ends_in_the_poison_queue_and_an_operator_requeues_it()
    {
        var broken = """{"messageId":"x-1","sessionId":"x","subject":"caseAccepted","contentType":"application/json","applicationProperties":{"provinceCode":"330000"},"body":{"caseNumber":"x"}}""";
        await queues.Queue("330000").SendMessageAsync(broken);

        await Receiver().RunAsync(untilEmpty: true, default);

        Assert.Empty((await queues.Queue("330000").PeekMessagesAsync(32)).Value);
        var poison = new QueuePoisonMessages(queues.Service, queues.Names);
        var listed = Assert.Single(await poison.ListAsync("330000", 32, default));
        Assert.Equal(("x-1", "caseAccepted"), (listed.MessageId, listed.Subject));
        Assert.Contains("\"caseNumber\":\"x\"", listed.Body);

        Assert.False(await poison.RequeueAsync("330000", "no-such-id", default));
        Assert.True(await poison.RequeueAsync("330000", listed.Id, default));

        Assert.Empty(await poison.ListAsync("330000", 32, default));
        Assert.Equal(broken, Assert.Single((await queues.Queue("330000").PeekMessagesAsync(32)).Value).Body.ToString());
        Assert.Empty(await poison.ListAsync("350000", 32, default)); // a province without a poison queue has nothing poisoned
    }
}
