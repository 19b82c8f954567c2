using System.Text.Json;
using Azure.Storage.Queues;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Azure.Queues;

/// <summary>
/// Publishes milestones to the province's Storage queue (<c>province-{code}</c>), locally on Azurite. Queues are
/// never created here: a missing queue is a province that is not reachable, and its milestones stay owed.
/// </summary>
public sealed class QueueMilestonePublisher(QueueServiceClient queues, ProvinceQueues names) : IMilestonePublisher
{
    public async Task PublishAsync(MilestoneEnvelope milestone, CancellationToken cancellationToken) =>
        await queues.GetQueueClient(names.Of(milestone.ProvinceCode))
            .SendMessageAsync(JsonSerializer.Serialize(QueueEnvelope.Of(milestone), GovJson.Options), cancellationToken);
}
