using System.Globalization;

namespace ProvincialReceiver;

/// <summary>Validates a milestone against its schema, stores it once, and prints the case's timeline when it was new.</summary>
public sealed class MilestoneHandler(MilestoneSchemas schemas, MilestoneInbox inbox, TextWriter output)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Throws <see cref="InvalidMilestoneException"/> for a message that breaks the contract (it should end in the poison queue).</summary>
    public async Task HandleAsync(string messageType, string body, CancellationToken cancellationToken)
    {
        var problems = await schemas.ProblemsAsync(messageType, body);
        if (problems.Count > 0)
        {
            throw new InvalidMilestoneException($"{messageType}: {string.Join("; ", problems)}");
        }

        var milestone = ReceivedMilestone.Parse(messageType, body);
        if (!await inbox.StoreAsync(milestone, cancellationToken))
        {
            return;
        }

        await output.WriteLineAsync($"Case {milestone.CaseNumber}");
        foreach (var step in await inbox.TimelineAsync(milestone.CaseNumber, cancellationToken))
        {
            var deadline = step.Deadline is { } d ? "  deadline " + d.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
            await output.WriteLineAsync($"  {step.Sequence,4}  {step.MilestoneAt.ToOffset(Beijing):yyyy-MM-dd HH:mm}  {step.MessageType,-20}{deadline}");
        }
    }
}

public sealed class InvalidMilestoneException(string message) : Exception(message);
