using GovFunctions.Core.Cases;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Milestones;

/// <summary>
/// The note that a case's outbox holds work: which case, for which province, how many milestones wait and since
/// when. Written before the case write that leaves the work (a crash leaves a note with nothing behind it, never
/// work without a note), kept up to date by the outbox processor, and read whole to show the backlog.
/// A case whose outbox cannot be drained (a document that does not read, a bug) keeps its note with the failures so
/// far, the last error and when it is tried again: it is reported in the backlog and holds up no other case.
/// </summary>
public sealed record OutboxNote(string CaseNumber, string ProvinceCode, int PendingMessages, DateTimeOffset? OldestMessageAt)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);
    private const int MaxErrorLength = 300;

    public int Failures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? RetryAt { get; init; }

    public bool IsWaiting(DateTimeOffset now) => RetryAt > now;

    /// <summary>The note after one more failure: the error's type and first line (never the document), and the next try after a growing wait.</summary>
    public OutboxNote Failed(Exception error, DateTimeOffset now)
    {
        var failures = Failures + 1;
        var message = $"{error.GetType().Name}: {error.Message.Split('\n')[0]}";
        return this with
        {
            Failures = failures,
            LastError = message.Length > MaxErrorLength ? message[..MaxErrorLength] : message,
            RetryAt = now + KeyedBackoff.WaitAfter(failures, FirstRetry, LongestRetry),
        };
    }

    public static OutboxNote Of(CaseRecord record) => new(
        record.State.Number, RegionDirectory.ProvinceOf(record.State.RegionCode), record.Outbox.Messages.Count,
        record.Outbox.Messages.Count > 0 ? record.Outbox.Messages.Min(m => m.At) : null);
}
