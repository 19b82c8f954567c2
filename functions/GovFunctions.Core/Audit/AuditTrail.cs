using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
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

    /// <summary>Chains per account, day and instance: appends to one chain go one at a time, so an account's requests at once go this many at a time.</summary>
    public const int Lanes = 4;

    private const int MaxRememberedChains = 1_000;

    /// <summary>This instance's writer id: the chains it writes are its own.</summary>
    private readonly string _writer = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Where each chain of this instance ends, and the lock that keeps its appends one at a time.</summary>
    private readonly ConcurrentDictionary<AuditChain, ChainEnd> _chains = new();

    private int _requests;

    /// <summary>
    /// Appends the entry to one of this instance's chains of its partition and day (one of <see cref="Lanes"/>, in turn),
    /// after the chain's last record, which is known here, so no read. A chain is listed under its day before its first
    /// record is written, and a record before its copy filed under the case, so a failure between leaves nothing the
    /// trail lacks. One create per request, two for a case.
    /// </summary>
    public async Task<AuditRecord> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var lane = (int)((uint)Interlocked.Increment(ref _requests) % Lanes);
        var chain = AuditChain.Of(entry, $"{_writer}-{lane}");
        var end = Remembered(chain);
        AuditRecord record;
        await end.Appending.WaitAsync(cancellationToken);
        try
        {
            if (end.Last is null)
            {
                await store.ListChainAsync(chain, cancellationToken);
            }

            record = await AppendAsync(chain, end, entry, cancellationToken);
        }
        finally
        {
            end.Appending.Release();
        }

        if (entry.CaseNumber is { } caseNumber)
        {
            await store.FileUnderCaseAsync(caseNumber, record, cancellationToken);
        }

        return record;
    }

    /// <summary>Recomputes every chain of the day (and the anchor, when the day has one) and reports the first break.</summary>
    /// <param name="read">Where the records read are added, for a check that goes on from them (the day's case histories).</param>
    public async Task<AuditReport> VerifyAsync(DateOnly day, CancellationToken cancellationToken, List<AuditRecord>? read = null)
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
            read?.AddRange(stored);
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
        LogAnchored(anchor.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), anchor.Heads.Count, anchor.Hash);
        return anchor;
    }

    /// <summary>Anchors every recent day that is over and has no anchor yet (an anchored day is one read); what the hourly timer runs.</summary>
    public async Task AnchorDueDaysAsync(CancellationToken cancellationToken)
    {
        var lastOver = ChinaTime.DateOf(time.GetUtcNow() - AnchorGrace).AddDays(-1);
        for (var day = lastOver.AddDays(1 - AnchorCatchUpDays); day <= lastOver; day = day.AddDays(1))
        {
            await AnchorAsync(day, cancellationToken);
        }
    }

    /// <summary>
    /// Writes the record after the chain's end. A sequence number is taken by its first create, and no other instance or
    /// lane writes this chain; a number found taken is one an earlier create of this chain took whose answer was lost
    /// (a timeout), so the chain goes on after the record stored there.
    /// </summary>
    private async Task<AuditRecord> AppendAsync(AuditChain chain, ChainEnd end, AuditEntry entry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = AuditRecord.Link(chain, end.Last, entry);
            try
            {
                await store.AppendAsync(record, cancellationToken);
                end.Last = record.AsLink;
                return record;
            }
            catch (ConflictException) when (attempt < 3)
            {
                end.Last = (await store.ReadAsync(chain, record.Sequence, cancellationToken))?.AsLink
                    ?? throw new InvalidOperationException($"Audit record {record.Sequence} of {chain} is taken but cannot be read.");
            }
        }
    }

    /// <summary>The chain's end; chains of days before yesterday are forgotten now and then (they are never written again).</summary>
    private ChainEnd Remembered(AuditChain chain)
    {
        if (_chains.Count >= MaxRememberedChains)
        {
            var yesterday = ChinaTime.DateOf(time.GetUtcNow()).AddDays(-1);
            foreach (var past in _chains.Keys.Where(c => c.Day < yesterday))
            {
                _chains.TryRemove(past, out _);
            }
        }

        return _chains.GetOrAdd(chain, _ => new ChainEnd());
    }

    private sealed class ChainEnd
    {
        public SemaphoreSlim Appending { get; } = new(1, 1);

        public AuditLink? Last { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit day {Day} anchored: {Chains} chains, anchor hash {Hash}")]
    private partial void LogAnchored(string day, int chains, string hash);
}
