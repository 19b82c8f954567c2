using System.Text.Json;
using Azure.Storage.Queues;

namespace ProvincialReceiver;

/// <summary>
/// Takes a province's milestones from its Storage queue (<c>province-{code}</c>), the local stand-in for the
/// Service Bus subscription. Each queue message is an envelope: the Service Bus properties and the body. A message
/// is deleted only after it was handled; one that failed <paramref name="maxDeliveries"/> times moves to
/// <c>province-{code}-poison</c>, never dropped.
/// </summary>
public sealed class StorageQueueSource(QueueClient queue, QueueClient poison, MilestoneHandler handler, int maxDeliveries, TimeSpan retryDelay, TextWriter log)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>Receives until the queue is empty (<paramref name="untilEmpty"/>) or until cancelled.</summary>
    public async Task RunAsync(bool untilEmpty, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var messages = (await queue.ReceiveMessagesAsync(32, Lease, cancellationToken)).Value;
            if (messages.Length == 0)
            {
                if (untilEmpty)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                continue;
            }

            foreach (var message in messages)
            {
                if (message.DequeueCount > maxDeliveries)
                {
                    await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    await log.WriteLineAsync($"Moved message {message.MessageId} to {poison.Name} after {maxDeliveries} failed deliveries");
                    continue;
                }

                try
                {
                    var envelope = JsonDocument.Parse(message.Body.ToString()).RootElement;
                    await handler.HandleAsync(envelope.GetProperty("subject").GetString() ?? "", envelope.GetProperty("body").GetRawText(), cancellationToken);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                }
                catch (Exception e) when (e is InvalidMilestoneException or JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    await log.WriteLineAsync($"Message {message.MessageId} failed (delivery {message.DequeueCount}): {e.Message}");
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: retryDelay, cancellationToken: cancellationToken);
                }
            }
        }
    }
}
