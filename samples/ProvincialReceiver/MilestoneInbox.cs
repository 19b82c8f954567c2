namespace ProvincialReceiver;

/// <summary>
/// The received milestones, one file per case and sequence (<c>{case}/{sequence}.json</c>). Storing is idempotent:
/// a message that arrives again (same case number and sequence, whatever its MessageId) changes nothing.
/// </summary>
public sealed class MilestoneInbox(string root)
{
    /// <summary>Stores the milestone; false when it was stored before.</summary>
    public async Task<bool> StoreAsync(ReceivedMilestone milestone, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, Path.GetFileName(milestone.CaseNumber)));
        try
        {
            await using var file = new FileStream(Path.Combine(folder.FullName, $"{milestone.Sequence:D6}.json"), FileMode.CreateNew, FileAccess.Write);
            await using var writer = new StreamWriter(file);
            await writer.WriteAsync(milestone.Body.AsMemory(), cancellationToken);
            return true;
        }
        catch (IOException) when (File.Exists(Path.Combine(folder.FullName, $"{milestone.Sequence:D6}.json")))
        {
            return false;
        }
    }

    /// <summary>A case's milestones in sequence order.</summary>
    public async Task<IReadOnlyList<ReceivedMilestone>> TimelineAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, Path.GetFileName(caseNumber));
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var timeline = new List<ReceivedMilestone>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var body = await File.ReadAllTextAsync(path, cancellationToken);
            var type = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("messageType").GetString()!;
            timeline.Add(ReceivedMilestone.Parse(type, body));
        }

        return timeline;
    }
}
