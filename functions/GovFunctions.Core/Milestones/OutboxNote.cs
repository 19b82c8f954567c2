using GovFunctions.Core.Cases;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Milestones;

/// <summary>
/// The note that a case's outbox holds work: which case, for which province, how many milestones wait and since
/// when. Written before the case write that leaves the work (a crash leaves a note with nothing behind it, never
/// work without a note), kept up to date by the outbox processor, and read whole to show the backlog.
/// </summary>
public sealed record OutboxNote(string CaseNumber, string ProvinceCode, int PendingMessages, DateTimeOffset? OldestMessageAt)
{
    public static OutboxNote Of(CaseRecord record) => new(
        record.State.Number, RegionDirectory.ProvinceOf(record.State.RegionCode), record.Outbox.Messages.Count,
        record.Outbox.Messages.Count > 0 ? record.Outbox.Messages.Min(m => m.At) : null);
}
