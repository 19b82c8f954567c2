using System.Text.Json;
using Azure.Messaging.ServiceBus;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Functions.Milestones;

/// <summary>
/// Publishes milestones to the Service Bus topic: MessageId = case number + sequence (the topic's duplicate
/// detection drops a re-send), SessionId = case number (a province receives one case in order), Subject = the
/// message type, application property <c>provinceCode</c> for the subscriptions' SQL filters.
/// </summary>
public sealed class ServiceBusMilestonePublisher(ServiceBusSender sender) : IMilestonePublisher
{
    public const string ProvinceProperty = "provinceCode";

    public async Task PublishAsync(MilestoneEnvelope milestone, CancellationToken cancellationToken)
    {
        var message = new ServiceBusMessage(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(milestone.Body, GovJson.Options)))
        {
            MessageId = milestone.MessageId,
            SessionId = milestone.SessionId,
            Subject = milestone.Subject,
            ContentType = "application/json",
        };
        message.ApplicationProperties[ProvinceProperty] = milestone.ProvinceCode;
        await sender.SendMessageAsync(message, cancellationToken);
    }
}
