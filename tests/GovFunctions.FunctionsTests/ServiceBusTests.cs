using GovFunctions.Core.Statistics;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using GovFunctions.Azure.Messaging;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Serialization;
using GovFunctions.Functions.Milestones;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The Service Bus publisher and dead-letter reader through the real SDK: its sender, receiver and client are
/// subclassed where the SDK makes them virtual for this, and received messages come from its model factory.
/// </summary>
[Collection(FunctionsAppCollection.Name)]
public sealed class ServiceBusTests(FunctionsAppFixture app)
{
    private static readonly IOptions<ServiceBusOptions> Options = Microsoft.Extensions.Options.Options.Create(new ServiceBusOptions());

    private async Task<(CaseRecord Record, MilestoneEnvelope Milestone)> SubmittedMilestone()
    {
        var number = await app.SubmitCaseAsync();
        var record = (await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.Case;
        var submitted = CaseMilestones.Of(record.History).Single(m => m.Type == "caseSubmitted");
        return (record, MilestoneMapper.Map(record, submitted, app.Services.GetRequiredService<WorkCalendars>().For(record.State.RegionCode)));
    }

    [Fact]
    public async Task The_publisher_sends_the_milestone_with_its_identity_routing_and_the_body_the_queue_publisher_sends()
    {
        var (_, milestone) = await SubmittedMilestone();
        var sender = new RecordingSender();

        await new ServiceBusMilestonePublisher(sender).PublishAsync(milestone, default);

        var message = Assert.Single(sender.Sent);
        Assert.Equal((milestone.MessageId, milestone.Body.CaseNumber, "caseSubmitted", "application/json"), (message.MessageId, message.SessionId, message.Subject, message.ContentType));
        Assert.Equal($"{milestone.Body.CaseNumber}-{milestone.Body.Sequence}", message.MessageId);
        Assert.Equal("330000", message.ApplicationProperties[ServiceBusMilestonePublisher.ProvinceProperty]);
        var queueBody = JsonSerializer.Serialize(QueueEnvelope.Of(milestone).Body, GovJson.Options);
        Assert.Equal(queueBody, message.Body.ToString());
    }

    [Fact]
    public async Task A_send_that_fails_leaves_the_milestone_owed()
    {
        var number = await app.SubmitCaseAsync();
        await app.Services.GetRequiredService<GovFunctions.Core.Review.ReviewService>().AcceptAsync(FunctionsAppFixture.Clerk, number, null, default);
        var processor = new CaseOutboxProcessor(app.Services.GetRequiredService<ICaseStore>(), app.Services.GetRequiredService<ICaseViewStore>(), app.Services.GetRequiredService<StatisticsCounting>(),
            new ServiceBusMilestonePublisher(new RecordingSender { Failure = new ServiceBusException("Injected: the namespace is unreachable.", ServiceBusFailureReason.ServiceCommunicationProblem) }),
            new ProvinceBackoff(TimeProvider.System), app.Services.GetRequiredService<WorkCalendars>(), TimeProvider.System, NullLogger<CaseOutboxProcessor>.Instance);

        Assert.True(await processor.ProcessAsync(number, default));

        var stored = (await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.Case;
        Assert.Contains(stored.Outbox.Messages, m => m.Type == "caseAccepted");
        Assert.Equal(1, (await app.Services.GetRequiredService<ICaseStore>().FindOutboxNoteAsync(number, default))!.PendingMessages);
    }

    [Fact]
    public async Task Dead_letters_are_listed_with_their_reason_and_one_is_requeued_as_a_copy()
    {
        var (_, milestone) = await SubmittedMilestone();
        var body = JsonSerializer.Serialize(QueueEnvelope.Of(milestone).Body, GovJson.Options);
        var deadLetter = ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString(body), messageId: milestone.MessageId, sessionId: milestone.SessionId, subject: milestone.Subject,
            sequenceNumber: 42, deliveryCount: 10, enqueuedTime: new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero),
            properties: new Dictionary<string, object>
            {
                ["provinceCode"] = "330000", ["DeadLetterReason"] = "MaxDeliveryCountExceeded", ["DeadLetterErrorDescription"] = "Message could not be consumed after 10 delivery attempts.",
            });
        var receiver = new DeadLetterReceiver([deadLetter]);
        var client = new FakeClient(receiver);
        var topic = new RecordingSender();
        var store = new ServiceBusDeadLetters(client, topic, Options);

        var listed = Assert.Single(await store.ListAsync("330000", 32, default));
        Assert.Equal(("42", milestone.MessageId, "caseSubmitted", 10L, body), (listed.Id, listed.MessageId, listed.Subject, listed.DeliveryCount, listed.Body));
        Assert.Equal("MaxDeliveryCountExceeded: Message could not be consumed after 10 delivery attempts.", listed.Reason);
        Assert.Equal(("case-milestones", "province-330000", SubQueue.DeadLetter), client.Opened.Single());

        Assert.False(await store.RequeueAsync("330000", "7", default));
        Assert.True(await store.RequeueAsync("330000", "42", default));

        var copy = topic.Sent.Single();
        Assert.StartsWith(milestone.MessageId + "-requeued-", copy.MessageId);
        Assert.Equal((milestone.SessionId, body, "330000"), (copy.SessionId, copy.Body.ToString(), copy.ApplicationProperties["provinceCode"]));
        Assert.Equal([42L], receiver.Completed);
    }

    private sealed class RecordingSender : ServiceBusSender
    {
        public List<ServiceBusMessage> Sent { get; } = [];

        public Exception? Failure { get; init; }

        public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    private sealed class DeadLetterReceiver(List<ServiceBusReceivedMessage> messages) : ServiceBusReceiver
    {
        public List<long> Completed { get; } = [];

        public override Task<IReadOnlyList<ServiceBusReceivedMessage>> PeekMessagesAsync(int maxMessages, long? fromSequenceNumber = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ServiceBusReceivedMessage>>([.. messages.Take(maxMessages)]);

        public override Task<IReadOnlyList<ServiceBusReceivedMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ServiceBusReceivedMessage>>([.. messages.Where(m => !Completed.Contains(m.SequenceNumber)).Take(maxMessages)]);

        public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
        {
            Completed.Add(message.SequenceNumber);
            return Task.CompletedTask;
        }

        public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class FakeClient(ServiceBusReceiver receiver) : ServiceBusClient
    {
        public List<(string Topic, string Subscription, SubQueue SubQueue)> Opened { get; } = [];

        public override ServiceBusReceiver CreateReceiver(string topicName, string subscriptionName, ServiceBusReceiverOptions options)
        {
            Opened.Add((topicName, subscriptionName, options.SubQueue));
            return receiver;
        }
    }
}
