using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Azure.Queues;

/// <summary>The <c>province-{code}-poison</c> queues that receivers move a message to after their delivery limit.</summary>
public sealed class QueuePoisonMessages(QueueServiceClient queues, ProvinceQueues names) : IPoisonMessageStore
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<PoisonMessage>> ListAsync(string provinceCode, int max, CancellationToken cancellationToken)
    {
        try
        {
            var peeked = await queues.GetQueueClient(names.PoisonOf(provinceCode)).PeekMessagesAsync(Math.Min(max, 32), cancellationToken);
            return [.. peeked.Value.Select(m => Describe(m.MessageId, m.Body.ToString(), m.InsertedOn, m.DequeueCount))];
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    public async Task<bool> RequeueAsync(string provinceCode, string id, CancellationToken cancellationToken)
    {
        var poison = queues.GetQueueClient(names.PoisonOf(provinceCode));
        if (!await poison.ExistsAsync(cancellationToken))
        {
            return false;
        }

        // A queue cannot fetch one message by id: take a batch out of sight briefly and put back all but the one.
        var received = await poison.ReceiveMessagesAsync(32, Hold, cancellationToken);
        var found = false;
        foreach (var message in received.Value)
        {
            if (message.MessageId == id)
            {
                await queues.GetQueueClient(names.Of(provinceCode)).SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                found = true;
            }
            else
            {
                await poison.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
            }
        }

        return found;
    }

    private static PoisonMessage Describe(string id, string body, DateTimeOffset? insertedOn, long dequeueCount)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<QueueEnvelope>(body, GovJson.Options);
            return new PoisonMessage(id, envelope?.MessageId, envelope?.Subject, insertedOn, dequeueCount, body);
        }
        catch (JsonException)
        {
            return new PoisonMessage(id, null, null, insertedOn, dequeueCount, body);
        }
    }
}
