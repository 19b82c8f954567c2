using System.Globalization;
using Azure.Messaging.ServiceBus;
using GovFunctions.Azure.Messaging;
using GovFunctions.Core.Milestones;
using Microsoft.Extensions.Options;

namespace GovFunctions.Functions.Milestones;

/// <summary>
/// Poison milestones in Azure: the dead-letter queue of the province's subscription, where Service Bus puts a
/// message after the subscription's maximum delivery count. Requeueing sends a copy to the topic (it reaches the
/// province's subscription again by its filter) and completes the dead letter.
/// </summary>
public sealed class ServiceBusDeadLetters(ServiceBusClient client, ServiceBusSender topic, IOptions<ServiceBusOptions> options) : IPoisonMessageStore
{
    private static readonly TimeSpan ReceiveWait = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<PoisonMessage>> ListAsync(string provinceCode, int max, CancellationToken cancellationToken)
    {
        await using var receiver = DeadLetterReceiver(provinceCode);
        var peeked = await receiver.PeekMessagesAsync(max, cancellationToken: cancellationToken);
        return [.. peeked.Select(m => new PoisonMessage(
            m.SequenceNumber.ToString(CultureInfo.InvariantCulture), m.MessageId, m.Subject, m.EnqueuedTime, m.DeliveryCount, m.Body.ToString())
        {
            Reason = m.DeadLetterReason is null ? null : $"{m.DeadLetterReason}: {m.DeadLetterErrorDescription}",
        })];
    }

    public async Task<bool> RequeueAsync(string provinceCode, string id, CancellationToken cancellationToken)
    {
        await using var receiver = DeadLetterReceiver(provinceCode);
        foreach (var message in await receiver.ReceiveMessagesAsync(100, ReceiveWait, cancellationToken))
        {
            if (message.SequenceNumber.ToString(CultureInfo.InvariantCulture) == id)
            {
                // A new MessageId: the original is inside the topic's duplicate-detection window for a while.
                // Receivers deduplicate on case number + sequence, which the body carries.
                var copy = new ServiceBusMessage(message) { MessageId = $"{message.MessageId}-requeued-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}" };
                await topic.SendMessageAsync(copy, cancellationToken);
                await receiver.CompleteMessageAsync(message, cancellationToken);
                return true;
            }

            await receiver.AbandonMessageAsync(message, cancellationToken: cancellationToken);
        }

        return false;
    }

    private ServiceBusReceiver DeadLetterReceiver(string provinceCode) =>
        client.CreateReceiver(options.Value.TopicName, options.Value.SubscriptionPrefix + provinceCode, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
}
