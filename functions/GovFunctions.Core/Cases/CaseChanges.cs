using GovFunctions.Core.Audit;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Cases;

/// <summary>
/// The one way a case changes: load it, let a decider answer the event, record the event with the outbox work it
/// owes (views and alarm to refresh, a milestone message when it is one, its supervision counts) in one write guarded by the case's ETag,
/// and signal the outbox driver. A write that loses a race is decided again on the newer case. Each event is linked
/// into the case's hash chain with the request it came from (<see cref="CaseHistoryChain"/>), and accounted for in the
/// audit trail: by the request's own record, or, for what the platform does by itself, by a record of its own.
/// </summary>
public sealed partial class CaseChanges(
    ICaseStore cases,
    CatalogService catalog,
    IOutboxSignal outboxSignal,
    AuditTrail audit,
    TimeProvider time,
    ILogger<CaseChanges> logger)
{
    private const int MaxAttempts = 3;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Stores a new record — a case, a complaint, a supervision file, a disclosure request — started by what
    /// <paramref name="start"/> decides now; when another record drew the same number in the same second, it is decided
    /// again and draws anew.
    /// </summary>
    public async Task<CaseRecord> CreateAsync(Func<DateTimeOffset, CaseEvent> start, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateAsync(start(Now), cancellationToken);
            }
            catch (ConflictException) when (attempt < MaxAttempts)
            {
                // The number was taken: draw again.
            }
        }
    }

    /// <summary>
    /// The same, with an Idempotency-Key: the key is stored with the number drawn before the record is created, so a retry
    /// with the same key and request answers that record and creates nothing, a retry while the first is still being
    /// carried out is told so (409), and the key with a different request is refused (422). A key whose record never
    /// came (the first request failed after storing it) is taken over once <see cref="CreationKeyTakeover"/> has passed.
    /// </summary>
    public async Task<CaseRecord> CreateAsync(Func<DateTimeOffset, CaseEvent> start, IdempotentCreation? idempotency, CancellationToken cancellationToken)
    {
        if (idempotency is not { } request)
        {
            return await CreateAsync(start, cancellationToken);
        }

        string? ours = null;
        for (var attempt = 1; ; attempt++)
        {
            var found = ours is null ? await cases.FindCreationKeyAsync(request.Scope, request.Key, cancellationToken) : null;
            if (found is { Key: var key })
            {
                if (key.RequestHash != request.Hash)
                {
                    throw new IdempotencyKeyReusedException(request.Key);
                }

                if (await cases.FindAsync(key.CaseNumber, cancellationToken) is { } created)
                {
                    return created.Case;
                }

                if (Now - key.At < CreationKeyTakeover)
                {
                    throw StillBeingCarriedOut(request);
                }
            }

            var started = start(Now);
            var number = CaseEvolution.Apply(null, started).Number;
            ours = await cases.TryStoreCreationKeyAsync(
                new CreationKey(request.Scope, request.Key, request.Hash, number, Now), ours ?? found?.ETag, cancellationToken);
            if (ours is null)
            {
                // Another request with the key stored it first: answer as it does.
                if (attempt < MaxAttempts)
                {
                    continue;
                }

                throw StillBeingCarriedOut(request);
            }

            try
            {
                return await CreateAsync(started, cancellationToken);
            }
            catch (ConflictException) when (attempt < MaxAttempts)
            {
                // The number was taken: draw again, and point the key (still ours, by its ETag) at the new one.
            }
        }
    }

    private static ConflictException StillBeingCarriedOut(IdempotentCreation request) =>
        new($"A request with Idempotency-Key '{request.Key}' is still being carried out; retry it in a few seconds.");

    /// <summary>How long a creation key whose record does not exist yet is taken to be a request still being carried out.</summary>
    public static readonly TimeSpan CreationKeyTakeover = TimeSpan.FromMinutes(1);

    /// <summary>Stores a new record whose history is the one event that started it; its views are owed, and its counts and milestone when it has them.</summary>
    private async Task<CaseRecord> CreateAsync(CaseEvent started, CancellationToken cancellationToken)
    {
        var state = CaseEvolution.Apply(null, started);
        var origin = OriginOf(started);
        var milestone = CaseMilestones.TypeOf(started, CaseStage.Draft);
        var outbox = CaseOutbox.Started(state) with
        {
            Messages = milestone is null ? [] : [new OutboxMessage(1, milestone, started.At)],
            Counts = CaseCounts.Owed(started, null, state, 1) is { } counted ? [counted] : [],
        };
        var linked = new CaseRecord(state, [CaseHistoryChain.Link(state.Number, [], started, origin)], outbox, new Dictionary<string, string>());
        await SaveAsync(linked, eTag: null, cancellationToken);
        await AccountForAsync(linked, origin, cancellationToken);
        return linked;
    }

    /// <summary>
    /// Applies what <paramref name="decide"/> answers; when it answers nothing the case is returned unchanged.
    /// <paramref name="expectedVersion"/> (from If-Match) refuses with 412 when the case moved on since the caller looked.
    /// <paramref name="loaded"/>: the case as the caller has just read it, decided on first instead of reading it again.
    /// </summary>
    public Task<CaseRecord> ApplyAsync(
        string caseNumber,
        Func<CaseRecord, ServiceItem, DateTimeOffset, CaseEvent?> decide,
        CancellationToken cancellationToken,
        int? expectedVersion = null,
        IdempotentRequest? idempotency = null,
        StoredCase? loaded = null) =>
        ApplyAsync(caseNumber, (record, item, now, _) => Task.FromResult(decide(record, item, now)), cancellationToken, expectedVersion, idempotency, loaded);

    /// <summary>The same, for a decider that needs to wait for something outside the case (the issuer's sealing key).</summary>
    public Task<CaseRecord> ApplyAsync(
        string caseNumber,
        Func<CaseRecord, ServiceItem, DateTimeOffset, CancellationToken, Task<CaseEvent?>> decide,
        CancellationToken cancellationToken,
        int? expectedVersion = null,
        IdempotentRequest? idempotency = null,
        StoredCase? loaded = null) =>
        ApplyToRecordAsync(
            caseNumber,
            async (record, now, ct) => await decide(record, await GuideOfAsync(record.State, ct), now, ct),
            cancellationToken, expectedVersion, idempotency, loaded);

    /// <summary>
    /// Applies a decider that needs no guide: the alarms, and the records that have none (supervision files). The
    /// guided overloads answer 404 for a record without a guide, so no application command reaches a file.
    /// </summary>
    public Task<CaseRecord> ApplyToRecordAsync(
        string caseNumber, Func<CaseRecord, DateTimeOffset, CaseEvent?> decide, CancellationToken cancellationToken, int? expectedVersion = null) =>
        ApplyToRecordAsync(caseNumber, (record, now, _) => Task.FromResult(decide(record, now)), cancellationToken, expectedVersion);

    /// <summary>The same, for a decider that waits for something outside the record (a guide it needs only sometimes).</summary>
    public async Task<CaseRecord> ApplyToRecordAsync(
        string caseNumber,
        Func<CaseRecord, DateTimeOffset, CancellationToken, Task<CaseEvent?>> decide,
        CancellationToken cancellationToken,
        int? expectedVersion = null,
        IdempotentRequest? idempotency = null,
        StoredCase? loaded = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = attempt == 1 && loaded is not null ? loaded : await LoadAsync(caseNumber, cancellationToken);
            var record = stored.Case;
            // Checked on every attempt: a concurrent retry with the same key may have just carried the command out.
            if (idempotency is { } request)
            {
                CaseDecisions.RequireOwner(record.State, request.Caller);
                switch (IdempotencyRule.Evaluate(record.IdempotencyKeys, request.Key, request.Hash))
                {
                    case IdempotencyRule.Outcome.Replay:
                        return record;
                    case IdempotencyRule.Outcome.KeyReused:
                        throw new IdempotencyKeyReusedException(request.Key);
                }
            }

            if (expectedVersion is { } expected && expected != record.State.Version)
            {
                throw new PreconditionFailedException($"Case {caseNumber} has changed since version {expected}; it is at version {record.State.Version}.");
            }

            var @event = await decide(record, time.GetUtcNow(), cancellationToken);

            if (@event is null)
            {
                return record;
            }

            var origin = OriginOf(@event);
            @event = CaseHistoryChain.Link(caseNumber, record.History, @event, origin);
            var milestone = CaseMilestones.TypeOf(@event, record.State.Stage);
            var messages = milestone is null
                ? record.Outbox.Messages
                : [.. record.Outbox.Messages, new OutboxMessage(record.History.Count + 1, milestone, @event.At)];
            var keys = idempotency is { } k ? new Dictionary<string, string>(record.IdempotencyKeys) { [k.Key] = k.Hash } : record.IdempotencyKeys;
            var state = CaseEvolution.Apply(record.State, @event);
            var counted = CaseCounts.Owed(@event, record.State, state, record.History.Count + 1);
            var next = new CaseRecord(state, [.. record.History, @event], record.Outbox.Changed(record.State, state, messages, counted), keys);
            try
            {
                await SaveAsync(next, stored.ETag, cancellationToken);
                LogChanged(caseNumber, @event.GetType().Name, @event.By, next.State.Version);
                await AccountForAsync(next, origin, cancellationToken);
                return next;
            }
            catch (PreconditionFailedException) when (attempt < MaxAttempts)
            {
                // Changed meanwhile (another command, an alarm, the outbox processor): decide again on the newer case.
                // The outbox processor's write does not move the version, so an If-Match stays good across it.
            }
        }
    }

    /// <summary>
    /// Writes the case over <paramref name="eTag"/> (null: a new case) with what its outbox owes: the note first (a crash
    /// leaves a note with nothing behind it, never work without a note), then the case, then the signal to drain it. A
    /// case that owes nothing (a draft's upload) is the write alone.
    /// </summary>
    public async Task SaveAsync(CaseRecord next, string? eTag, CancellationToken cancellationToken)
    {
        Task<StoredCase> Write() => eTag is null ? cases.CreateAsync(next, cancellationToken) : cases.ReplaceAsync(next, eTag, cancellationToken);
        if (next.Outbox.IsEmpty)
        {
            await Write();
            return;
        }

        var note = await cases.MarkOutboxPendingAsync(OutboxNote.Of(next), cancellationToken);
        await outboxSignal.CaseChangedAsync(new OwingCase(await Write(), note), cancellationToken);
    }

    /// <summary>The request an event comes from; none for the platform's own events, even when a request set the platform going.</summary>
    private static RequestOrigin? OriginOf(CaseEvent @event) => @event.By == CaseEvent.Platform ? null : AuditScope.Current?.Origin;

    /// <summary>
    /// Notes the case's new last event for the request's audit record, or, with no request behind it, records it in the
    /// trail now. The case is already written: when this fails its history still holds the change, and where it came from.
    /// </summary>
    private async Task AccountForAsync(CaseRecord changed, RequestOrigin? origin, CancellationToken cancellationToken)
    {
        var @event = changed.History[^1];
        var link = new CaseEventLink(changed.State.Number, changed.History.Count, CaseHistoryChain.HashOf(@event));
        if (origin is not null && AuditScope.Current is { } scope)
        {
            scope.Noted(link);
            return;
        }

        // Not the caller's token: the change is made, its record is owed.
        await audit.RecordAsync(AuditEntry.OfChange(@event, link), CancellationToken.None);
    }

    public async Task<StoredCase> LoadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(caseNumber, out _))
        {
            throw NoSuchCase(caseNumber);
        }

        return await cases.FindAsync(caseNumber, cancellationToken) ?? throw NoSuchCase(caseNumber);
    }

    /// <summary>
    /// The guide the case was filed under: the item at the version it bound to, whatever the catalog says now. A
    /// supervision file or a complaint has none, and is no case to an operation that needs one.
    /// </summary>
    public async Task<ServiceItem> GuideOfAsync(CaseState state, CancellationToken cancellationToken) =>
        !state.IsApplication
            ? throw NoSuchCase(state.Number)
            : (await catalog.GetVersionAsync(state.ItemCode, state.ItemVersion, caller: null, cancellationToken)).Item;

    public static NotFoundException NoSuchCase(string caseNumber) => new($"There is no case {caseNumber}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber}: {Event} by {Subject}, now version {Version}")]
    private partial void LogChanged(string caseNumber, string @event, string subject, int version);
}

/// <summary>A command sent with an Idempotency-Key: the key and the hash of the request it was first used with.</summary>
public sealed record IdempotentRequest(Caller Caller, string Key, string Hash);
