using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Audit;

/// <summary>Who did what to a case, or what one account did: the audit records each caller may see.</summary>
public sealed class AuditLookup(IAuditStore store, CaseChanges cases, TimeProvider time)
{
    /// <summary>
    /// The records filed under a case: in full for an admin and a supervisor of a region the case passes through; for
    /// its applicant, who acted on and read their case (refused attempts left out), without the other parties' addresses and request ids. Anyone
    /// else is told there is no such case.
    /// </summary>
    public async Task<Page<AuditRecord>> ListForCaseAsync(Caller caller, string caseNumber, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var state = (await cases.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var full = caller.IsIn(PlatformRole.Admin) || StaffRules.IsSupervisorOf(state, await cases.GuideOfAsync(state, cancellationToken), caller);
        if (!full)
        {
            CaseDecisions.RequireOwner(state, caller);
        }

        var records = await store.ListAsync(new AuditRecordFilter(caseNumber, null), first, last, cancellationToken);
        return PageOf(full ? records : [.. records.Where(r => r.Entry.Outcome == AuditOutcome.Allowed).Select(r => r with { Entry = r.Entry with { ClientAddress = null, RequestId = null } })], page);
    }

    /// <summary>What one account did: an admin looks up anyone; anyone else only themselves.</summary>
    public async Task<Page<AuditRecord>> ListForSubjectAsync(Caller caller, string subject, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        if (!caller.IsIn(PlatformRole.Admin) && caller.Subject != subject)
        {
            throw new AccessDeniedException("Only an admin looks up what another account did.");
        }

        var (first, last) = Period(from, to);
        return PageOf(await store.ListAsync(new AuditRecordFilter(null, subject), first, last, cancellationToken), page);
    }

    /// <summary>Oldest first; the period is read whole and sorted here, so narrow <c>from</c>..<c>to</c> for a busy account.</summary>
    private static Page<AuditRecord> PageOf(IEnumerable<AuditRecord> records, PageRequest page) =>
        page.Slice(records.OrderBy(r => r.Entry.At).ThenBy(r => r.Chain, StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList());

    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) => DayPeriod.Of(from, to, ChinaTime.DateOf(time.GetUtcNow()));
}
