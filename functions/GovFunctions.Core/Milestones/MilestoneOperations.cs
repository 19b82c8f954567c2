using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Milestones;

/// <summary>
/// Operating the provincial push, for supervisors and administrators: the backlog per province, re-sending a
/// case's milestones, and the poison messages receivers gave up on.
/// </summary>
public sealed class MilestoneOperations(
    ICaseStore cases, CaseChanges changes, IPoisonMessageStore poison, ProvinceBackoff backoff, RegionDirectory regions, TimeProvider time)
{
    private const int MaxAttempts = 3;
    private const int MaxPoisonListed = 32;

    public async Task<(IReadOnlyList<ProvinceBacklog> Provinces, IReadOnlyList<OutboxNote> FailingCases)> GetBacklogAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Supervisor, PlatformRole.Admin);
        var now = time.GetUtcNow();
        var notes = await cases.ListOutboxPendingAsync(cancellationToken);
        return (Provinces(notes, now), [.. notes.Where(n => n.Failures > 0).OrderBy(n => n.CaseNumber, StringComparer.Ordinal)]);
    }

    private List<ProvinceBacklog> Provinces(IReadOnlyList<OutboxNote> notes, DateTimeOffset now) =>
        notes
            .Where(n => n.PendingMessages > 0)
            .GroupBy(n => n.ProvinceCode)
            .Select(g =>
            {
                var oldest = g.Min(n => n.OldestMessageAt);
                return new ProvinceBacklog(g.Key, g.Count(), g.Sum(n => n.PendingMessages), oldest,
                    oldest is { } at ? (long)(now - at).TotalSeconds : null, backoff.WaitingUntil(g.Key));
            })
            .OrderBy(b => b.ProvinceCode, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Owes again every milestone of the case from <paramref name="fromSequence"/> on. Idempotent: the messages keep
    /// their MessageIds, and milestones already owed are not doubled. Answers how many milestones are owed from there.
    /// </summary>
    public async Task<int> ResendAsync(Caller caller, string caseNumber, int? fromSequence, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Supervisor, PlatformRole.Admin);
        if (fromSequence is not ({ } from and >= 1))
        {
            throw ValidationFailedException.For("fromSequence", "must be a sequence number, 1 or more.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = await changes.LoadAsync(caseNumber, cancellationToken);
            var record = stored.Case;
            var again = CaseMilestones.Of(record.History, from);
            var owed = record.Outbox.Messages.Select(m => m.Sequence).ToHashSet();
            if (again.All(m => owed.Contains(m.Sequence)))
            {
                return again.Count;
            }

            var next = record with
            {
                Outbox = record.Outbox with { Messages = [.. record.Outbox.Messages.Concat(again.Where(m => !owed.Contains(m.Sequence))).OrderBy(m => m.Sequence)] },
            };
            try
            {
                await changes.SaveAsync(next, stored.ETag, cancellationToken);
                return again.Count;
            }
            catch (PreconditionFailedException) when (attempt < MaxAttempts)
            {
                // The case moved on meanwhile: merge into the newer outbox.
            }
        }
    }

    public async Task<IReadOnlyList<PoisonMessage>> ListPoisonAsync(Caller caller, string provinceCode, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Supervisor, PlatformRole.Admin);
        return await poison.ListAsync(RequireProvince(provinceCode), MaxPoisonListed, cancellationToken);
    }

    public async Task RequeuePoisonAsync(Caller caller, string provinceCode, string id, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Supervisor, PlatformRole.Admin);
        if (!await poison.RequeueAsync(RequireProvince(provinceCode), id, cancellationToken))
        {
            throw new NotFoundException($"Province {provinceCode} has no poison message {id}.");
        }
    }

    private string RequireProvince(string provinceCode) =>
        regions.ProvinceCodes.Contains(provinceCode, StringComparer.Ordinal) ? provinceCode : throw new NotFoundException($"There is no province {provinceCode}.");
}
