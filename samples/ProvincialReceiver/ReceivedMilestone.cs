using System.Text.Json;

namespace ProvincialReceiver;

/// <summary>What the receiver needs of a milestone to store it once and order it: the rest stays in <see cref="Body"/>.</summary>
public sealed record ReceivedMilestone(string MessageType, string CaseNumber, int Sequence, DateTimeOffset MilestoneAt, DateTimeOffset? Deadline, string Body)
{
    public static ReceivedMilestone Parse(string messageType, string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        return new ReceivedMilestone(
            messageType,
            root.GetProperty("caseNumber").GetString()!,
            root.GetProperty("sequence").GetInt32(),
            root.GetProperty("milestoneAt").GetDateTimeOffset(),
            root.GetProperty("deadline").ValueKind == JsonValueKind.Null ? null : root.GetProperty("deadline").GetDateTimeOffset(),
            body);
    }
}
