using System.Text.Json;
using GovFunctions.Core.Milestones;

namespace GovFunctions.Azure.Queues;

/// <summary>
/// A milestone as a Storage queue message: the Service Bus message's properties (MessageId, SessionId, Subject,
/// content type, application property provinceCode) and its body, in one JSON document.
/// </summary>
public sealed record QueueEnvelope(
    string MessageId, string SessionId, string Subject, string ContentType, IReadOnlyDictionary<string, string> ApplicationProperties, JsonElement Body)
{
    public const string ProvinceProperty = "provinceCode";

    public static QueueEnvelope Of(MilestoneEnvelope milestone) => new(
        milestone.MessageId, milestone.SessionId, milestone.Subject, "application/json",
        new Dictionary<string, string> { [ProvinceProperty] = milestone.ProvinceCode },
        JsonSerializer.SerializeToElement(milestone.Body, Core.Serialization.GovJson.Options));
}
