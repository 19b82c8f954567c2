using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Audit;

/// <summary>
/// Verifies one case's history against itself and against the audit trail: its hash chain must hold, and every event
/// an audit record fixed must still be the event that record hashed, with the record unchanged in its chain. A day's
/// verification does the same for every case the day's records changed.
/// </summary>
public sealed class CaseHistoryAudit(IAuditStore store, AuditTrail trail, CaseChanges cases, ICaseStore caseStore, TimeProvider time)
{
    /// <summary>
    /// The day's chains (and anchor) as <see cref="AuditTrail.VerifyAsync"/> recomputes them; when they hold, the
    /// history of every case the day's records changed, each against the records that fixed its events.
    /// </summary>
    public async Task<AuditReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var read = new List<AuditRecord>();
        var report = await trail.VerifyAsync(day, cancellationToken, read);
        if (!report.Intact)
        {
            return report;
        }

        var fixedBy = read.SelectMany(r => (r.Entry.Changes ?? []).Select(link => (Record: r, Link: link)))
            .GroupBy(f => f.Link.CaseNumber, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        AuditBreak? broken = null;
        foreach (var links in fixedBy)
        {
            broken = await CaseBreakAsync(links.Key, [.. links], cancellationToken);
            if (broken is not null)
            {
                break;
            }
        }

        return report with { CasesChecked = fixedBy.Count, FirstBreak = broken };
    }

    /// <summary>The first break of a case the day's records changed: missing, its chain broken, or an event not the one a record fixed.</summary>
    private async Task<AuditBreak?> CaseBreakAsync(string caseNumber, IReadOnlyList<(AuditRecord Record, CaseEventLink Link)> links, CancellationToken cancellationToken)
    {
        if (await caseStore.FindAsync(caseNumber, cancellationToken) is not { } stored)
        {
            return new AuditBreak(CaseHistoryChain.NameOf(caseNumber), links[0].Link.Sequence, $"Case {caseNumber}, which the day's records changed, is missing.");
        }

        var history = stored.Case.History;
        return CaseHistoryChain.FirstBreak(caseNumber, history)
            ?? links.Select(l => EventBreak(caseNumber, history, l.Record, l.Link)).FirstOrDefault(b => b is not null);
    }

    /// <summary>For an admin and a supervisor of a region the case passes through; to any other supervisor the case does not exist.</summary>
    public async Task<CaseHistoryReport> VerifyAsync(Caller caller, string caseNumber, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin, PlatformRole.Supervisor);
        var record = (await cases.LoadAsync(caseNumber, cancellationToken)).Case;
        if (!caller.IsIn(PlatformRole.Admin) && !StaffRules.IsSupervisorOf(record.State, await cases.GuideOfAsync(record.State, cancellationToken), caller))
        {
            throw CaseChanges.NoSuchCase(caseNumber);
        }

        var history = record.History;
        var recorded = new HashSet<int>();
        var broken = CaseHistoryChain.FirstBreak(caseNumber, history);
        var filed = await store.ListAsync(new AuditRecordFilter(caseNumber, null), ChinaTime.DateOf(history[0].At), ChinaTime.DateOf(time.GetUtcNow()), cancellationToken);
        foreach (var copy in filed.Where(r => r.Entry.Changes is not null).OrderBy(r => r.Entry.At))
        {
            broken ??= await RecordBreakAsync(copy, cancellationToken);
            foreach (var link in copy.Entry.Changes!.Where(l => l.CaseNumber == caseNumber))
            {
                recorded.Add(link.Sequence);
                broken ??= EventBreak(caseNumber, history, copy, link);
            }
        }

        var unrecorded = Enumerable.Range(1, history.Count).Where(s => !recorded.Contains(s)).ToList();
        return new CaseHistoryReport(caseNumber, history.Count, recorded.Count, unrecorded, broken);
    }

    /// <summary>The copy filed under the case must be the record its chain holds, unchanged.</summary>
    private async Task<AuditBreak?> RecordBreakAsync(AuditRecord copy, CancellationToken cancellationToken)
    {
        var original = await store.ReadAsync(AuditChain.Parse(copy.Chain), copy.Sequence, cancellationToken);
        return copy.ContentHash != copy.Hash || original is null || original.Hash != copy.Hash || original.ContentHash != original.Hash
            ? new AuditBreak(copy.Chain, copy.Sequence, $"The audit record {copy.Sequence} of {copy.Chain} filed under the case is not the record its chain holds, or was changed.")
            : null;
    }

    private static AuditBreak? EventBreak(string caseNumber, IReadOnlyList<CaseEvent> history, AuditRecord copy, CaseEventLink link) =>
        link.Sequence > history.Count
            ? new AuditBreak(CaseHistoryChain.NameOf(caseNumber), link.Sequence, $"Event {link.Sequence}, which audit record {copy.Sequence} of {copy.Chain} fixed, is missing: the history was cut.")
            : CaseHistoryChain.HashOf(history[link.Sequence - 1]) != link.Hash
                ? new AuditBreak(CaseHistoryChain.NameOf(caseNumber), link.Sequence, $"Event {link.Sequence} is not the event audit record {copy.Sequence} of {copy.Chain} fixed: it was changed or replaced after it was recorded.")
                : null;
}

/// <summary>
/// What <c>VerifyCaseHistory</c> found: how many events the case has, which of them an audit record fixes, the
/// sequence numbers of those none does (a change whose request record could not be written: its own write still says
/// who made it and from where), and the first break, if any.
/// </summary>
public sealed record CaseHistoryReport(string CaseNumber, int Events, int RecordedEvents, IReadOnlyList<int> UnrecordedEvents, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}
