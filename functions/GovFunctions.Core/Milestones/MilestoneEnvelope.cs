namespace GovFunctions.Core.Milestones;

/// <summary>
/// A milestone as it travels: Service Bus carries these as the message's properties, an Azurite queue message as
/// its JSON envelope. <see cref="MessageId"/> = case number + sequence, so a repeat is recognisable anywhere;
/// <see cref="SessionId"/> = case number, so one case's milestones arrive in order.
/// </summary>
public sealed record MilestoneEnvelope(string MessageId, string SessionId, string Subject, string ProvinceCode, CaseMilestone Body)
{
    public static string MessageIdOf(string caseNumber, int sequence) => $"{caseNumber}-{sequence}";
}
