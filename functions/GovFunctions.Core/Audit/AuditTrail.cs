using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Audit;

/// <summary>
/// The audit trail (审计): appends each audited request to its chain, fixes each day with an anchor once it is over,
/// recomputes a day on request, and answers who did what to a case or what one account did.
/// </summary>
public sealed class AuditTrail(IAuditStore store, CaseChanges cases, TimeProvider time)
{
    /// <summary>How long after a Beijing day ends its anchor waits, for requests still being answered at midnight.</summary>
    public static readonly TimeSpan AnchorGrace = TimeSpan.FromMinutes(10);

    /// <summary>How far back a missing anchor is still written (a host down over a holiday catches up).</summary>
    public const int AnchorCatchUpDays = 7;

    public const int MaxListDays = 366;

    private const int MaxAttempts = 100;

    /// <summary>
    /// Appends the entry to its chain: after the noted head, or, when another request took that place first, after
    /// the record that did. The record is written before the copy filed under the case and the head note, so a
    /// failure after it leaves nothing the chain lacks.
    /// </summary>
    public async Task<AuditRecord> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var chain = AuditChain.Of(entry);
        var previous = await store.ReadHeadAsync(chain, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = AuditRecord.Link(chain, previous, entry);
            if (await store.TryAppendAsync(record, cancellationToken))
            {
                if (entry.CaseNumber is { } caseNumber)
                {
                    await store.FileUnderCaseAsync(caseNumber, record, cancellationToken);
                }

                await store.NoteHeadAsync(chain, record.AsLink, cancellationToken);
                return record;
            }

            previous = (await store.ReadAsync(chain, record.Sequence, cancellationToken))?.AsLink
                ?? throw new InvalidOperationException($"Audit record {record.Sequence} of {chain} was taken but cannot be read.");
        }

        throw new InvalidOperationException($"Could not append to audit chain {chain} in {MaxAttempts} attempts.");
    }

    /// <summary>Recomputes every chain of the day (and the anchor, when the day has one) and reports the first break.</summary>
    public async Task<AuditReport> VerifyAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var anchor = await store.ReadAnchorAsync(day, cancellationToken);
        if (anchor is not null && anchor.ContentHash != anchor.Hash)
        {
            return new AuditReport(day, anchor.Heads.Count, 0, true, new AuditBreak($"anchor@{day:yyyy-MM-dd}", 0, "The day's anchor was changed after it was written."));
        }

        var chains = (await store.ListChainsAsync(day, cancellationToken))
            .Union(anchor?.Heads.Select(h => AuditChain.Parse(h.Chain)) ?? [])
            .OrderBy(c => c.ToString(), StringComparer.Ordinal).ToList();
        long records = 0;
        foreach (var chain in chains)
        {
            var stored = await store.ReadChainAsync(chain, cancellationToken);
            records += stored.Count;
            if (AuditVerification.FirstBreak(chain, stored, anchor is null ? null : anchor.HeadOf(chain) ?? new AuditLink(chain.ToString(), 0, chain.Genesis)) is { } broken)
            {
                return new AuditReport(day, chains.Count, records, anchor is not null, broken);
            }
        }

        return new AuditReport(day, chains.Count, records, anchor is not null, null);
    }

    /// <summary>The day's anchor: the one already written, or, once the day is over, a new one of every chain's end as stored now.</summary>
    public async Task<AuditAnchor> AnchorAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (await store.ReadAnchorAsync(day, cancellationToken) is { } written)
        {
            return written;
        }

        var now = time.GetUtcNow();
        if (now < ChinaTime.StartOf(day.AddDays(1)) + AnchorGrace)
        {
            throw new ConflictException($"{day:yyyy-MM-dd} is not over yet (Beijing time, plus {AnchorGrace.TotalMinutes} minutes): its chains are still growing.");
        }

        var heads = new List<AuditLink>();
        foreach (var chain in await store.ListChainsAsync(day, cancellationToken))
        {
            if ((await store.ReadChainAsync(chain, cancellationToken)).MaxBy(r => r.Sequence) is { } last)
            {
                heads.Add(last.AsLink);
            }
        }

        return await store.SaveAnchorAsync(AuditAnchor.Of(day, now, heads), cancellationToken);
    }

    /// <summary>Anchors every recent day that is over and has no anchor yet; what the daily timer runs.</summary>
    public async Task<IReadOnlyList<AuditAnchor>> AnchorDueDaysAsync(CancellationToken cancellationToken)
    {
        var anchored = new List<AuditAnchor>();
        var lastOver = ChinaTime.DateOf(time.GetUtcNow() - AnchorGrace).AddDays(-1);
        for (var day = lastOver.AddDays(1 - AnchorCatchUpDays); day <= lastOver; day = day.AddDays(1))
        {
            if (await store.ReadAnchorAsync(day, cancellationToken) is null)
            {
                anchored.Add(await AnchorAsync(day, cancellationToken));
            }
        }

        return anchored;
    }

    /// <summary>
    /// The records filed under a case: in full for an admin and a supervisor of a region the case passes through; for
    /// its applicant, who acted on and read their case, without the other parties' addresses and request ids. Anyone
    /// else is told there is no such case.
    /// </summary>
    public async Task<Page<AuditRecord>> ListForCaseAsync(Caller caller, string caseNumber, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var state = (await cases.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var full = caller.IsIn(PlatformRole.Admin) || StaffRules.IsSupervisorOf(state, await cases.GuideOfAsync(state, cancellationToken), caller);
        if (!full && (!caller.IsIn(PlatformRole.Applicant) || state.ApplicantSubject != caller.Subject))
        {
            throw CaseChanges.NoSuchCase(caseNumber);
        }

        var records = await store.ListAsync(new AuditRecordFilter(caseNumber, null), first, last, page, cancellationToken);
        return full ? records : records with { Items = [.. records.Items.Select(r => r with { Entry = r.Entry with { ClientAddress = null, RequestId = null } })] };
    }

    /// <summary>What one account did: an admin looks up anyone; anyone else only themselves.</summary>
    public Task<Page<AuditRecord>> ListForSubjectAsync(Caller caller, string subject, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        if (!caller.IsIn(PlatformRole.Admin) && caller.Subject != subject)
        {
            throw new AccessDeniedException("Only an admin looks up what another account did.");
        }

        var (first, last) = Period(from, to);
        return store.ListAsync(new AuditRecordFilter(null, subject), first, last, page, cancellationToken);
    }

    /// <summary>The Beijing days asked for: by default the last 30 up to today, at most <see cref="MaxListDays"/>.</summary>
    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var last = to ?? ChinaTime.DateOf(time.GetUtcNow());
        var first = from ?? last.AddDays(-29);
        var errors = new ValidationErrors();
        if (first > last)
        {
            errors.Add("from", "must not be after 'to'.");
        }
        else if (last.DayNumber - first.DayNumber >= MaxListDays)
        {
            errors.Add("from", $"the period is at most {MaxListDays} days.");
        }

        errors.ThrowIfAny();
        return (first, last);
    }
}
