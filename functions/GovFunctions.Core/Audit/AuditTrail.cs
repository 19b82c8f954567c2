using System.Collections.Concurrent;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Audit;

/// <summary>
/// The audit trail (审计): appends each audited request to its chain, fixes each day with an anchor once it is over,
/// and recomputes a day on request.
/// </summary>
public sealed partial class AuditTrail(IAuditStore store, TimeProvider time, ILogger<AuditTrail> logger)
{
    /// <summary>How long after a Beijing day ends its anchor waits, for requests still being answered at midnight.</summary>
    public static readonly TimeSpan AnchorGrace = TimeSpan.FromMinutes(10);

    /// <summary>How far back a missing anchor is still written (a host down over a holiday catches up).</summary>
    public const int AnchorCatchUpDays = 7;

    private const int MaxAttempts = 100;

    /// <summary>The head note is rewritten at a chain's first record and every this many after: an instance that has not
    /// written to the chain yet starts from the note and steps over at most this many records.</summary>
    public const int HeadNoteEvery = 16;

    private const int MaxRememberedChains = 10_000;

    /// <summary>The end of each chain as this instance last wrote or met it: where its next record goes, without a read.</summary>
    private readonly ConcurrentDictionary<AuditChain, AuditLink> _ends = new();

    /// <summary>
    /// Appends the entry to its chain: after the end this instance knows (or the head note), or, when another request took
    /// that place first, after the record that did. The record is written before the copy filed under the case and the
    /// head note, so a failure after it leaves nothing the chain lacks. Steady state: one create, and one more for a case.
    /// </summary>
    public async Task<AuditRecord> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var chain = AuditChain.Of(entry);
        var previous = _ends.TryGetValue(chain, out var known) ? known : await store.ReadHeadAsync(chain, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = AuditRecord.Link(chain, previous, entry);
            if (await store.TryAppendAsync(record, cancellationToken))
            {
                Remember(chain, record.AsLink);
                if (entry.CaseNumber is { } caseNumber)
                {
                    await store.FileUnderCaseAsync(caseNumber, record, cancellationToken);
                }

                if (record.Sequence == 1 || record.Sequence % HeadNoteEvery == 0)
                {
                    await store.NoteHeadAsync(chain, record.AsLink, cancellationToken);
                }

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

        var anchor = await store.SaveAnchorAsync(AuditAnchor.Of(day, now, heads), cancellationToken);
        LogAnchored(anchor.Day, anchor.Heads.Count, anchor.Hash);
        return anchor;
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

    /// <summary>Chains of past days are never written again: forgetting them all now and then keeps the memory bounded.</summary>
    private void Remember(AuditChain chain, AuditLink end)
    {
        if (_ends.Count >= MaxRememberedChains)
        {
            _ends.Clear();
        }

        _ends[chain] = end;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit day {Day} anchored: {Chains} chains, anchor hash {Hash}")]
    private partial void LogAnchored(DateOnly day, int chains, string hash);
}
