using System.Collections.Concurrent;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Drains a case's outbox: brings its list views (and, where the host keeps alarms in a store, its next alarm) up
/// to date, adds its owed supervision counts, publishes its milestone messages in sequence order, then clears what it
/// did with the case's ETag (counting again after a crash or a lost race is harmless: a day holds each event once). If
/// the case changed meanwhile the work is redone from the newer state, so a view is never older than its case.
/// A send is marked only after it succeeded; a crash in between sends it again with the same MessageId.
/// A province that fails waits out its backoff; its messages stay owed (and noted) while other provinces flow.
/// What drives it differs by host: a Storage queue signal after each save plus a retry timer in Azure; LocalHost's
/// in-process pump (signals carrying the save, periodic rescans).
/// </summary>
public sealed partial class CaseOutboxProcessor(
    ICaseStore cases,
    ICaseViewStore views,
    StatisticsCounting counting,
    IMilestonePublisher publisher,
    ProvinceBackoff backoff,
    WorkCalendars calendars,
    TimeProvider time,
    ILogger<CaseOutboxProcessor> logger,
    ICaseAlarmScheduler? alarms = null)
{
    private const int MaxAttempts = 5;
    private const int RememberedDrains = 100_000;

    // The version each case was last drained through. A save signalled after another drain (a rescan) already did its
    // work must not be drained from its copy: that copy still lists the messages, which would go out twice.
    private readonly ConcurrentDictionary<string, int> _drainedThrough = new(StringComparer.Ordinal);

    /// <summary>
    /// Drains one case's outbox; false when it failed. A case that fails (a document that does not read, a milestone
    /// that cannot be built) is noted as failing with its error and a growing wait, logged, and never thrown at the
    /// caller: it holds up no other case.
    /// </summary>
    public Task<bool> ProcessAsync(string caseNumber, CancellationToken cancellationToken) => ProcessAsync(caseNumber, saved: null, cancellationToken);

    /// <summary>Drains one case's outbox starting from <paramref name="saved"/>, the case and note as its last write left them (null: read it).</summary>
    public async Task<bool> ProcessAsync(string caseNumber, OwingCase? saved, CancellationToken cancellationToken)
    {
        if (saved is not null && _drainedThrough.TryGetValue(caseNumber, out var through) && through >= saved.Saved.Case.State.Version)
        {
            saved = null;
        }

        try
        {
            await DrainAsync(caseNumber, saved, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(caseNumber, e, cancellationToken);
            return false;
        }
    }

    /// <summary>Processes every case noted as having outbox work whose wait after a failure is over: after a restart, and to retry provinces that failed.</summary>
    public async Task<int> RescanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = (await cases.ListOutboxPendingAsync(cancellationToken)).Where(n => !n.IsWaiting(now)).ToList();
        foreach (var note in due)
        {
            await ProcessAsync(note.CaseNumber, cancellationToken);
        }

        LogRescanned(due.Count);
        return due.Count;
    }

    private async Task RecordFailureAsync(string caseNumber, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            var note = await cases.FindOutboxNoteAsync(caseNumber, cancellationToken) ?? new OutboxNote(caseNumber, "unknown", 0, null);
            var failed = note.Failed(error, time.GetUtcNow());
            await cases.MarkOutboxPendingAsync(failed, cancellationToken);
            LogCaseFailed(error, caseNumber, failed.Failures, failed.RetryAt!.Value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store itself is failing: the note stays as it was, and the next rescan tries the case again.
            LogUnnotedFailure(error, caseNumber);
            LogNoteFailed(e, caseNumber);
        }
    }

    private async Task DrainAsync(string caseNumber, OwingCase? saved, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // A save that is not the newest any more only costs a lost race below (its ETag is stale), never a wrong view.
            var fromSave = attempt == 1 && saved is not null;
            var stored = fromSave ? saved!.Saved : await cases.FindAsync(caseNumber, cancellationToken);
            if (stored is null)
            {
                await cases.ClearOutboxPendingAsync(caseNumber, ifMatch: null, cancellationToken);
                return;
            }

            var outbox = stored.Case.Outbox;
            var counted = outbox.Counts;
            var views = outbox.ViewsOutdated ? ShowAsync(stored.Case.State, outbox.ListedIn, cancellationToken) : Task.FromResult<IReadOnlyList<string>?>(null);
            // Counting touches only the statistics: it runs beside the views, so the drain's window for a lost race stays short.
            await Task.WhenAll(views, counted.Count > 0 ? counting.ApplyAsync(stored.Case, counted, cancellationToken) : Task.CompletedTask);
            var shownIn = await views;

            var sent = await PublishAsync(stored.Case, cancellationToken);
            if (shownIn is not null || sent.Count > 0 || counted.Count > 0)
            {
                // One write clears what was done: the views now show this state, in these lists; the counts are in; the sent messages are gone.
                var cleared = outbox with
                {
                    ViewsOutdated = false,
                    ListedIn = shownIn ?? outbox.ListedIn,
                    Messages = [.. outbox.Messages.Where(m => !sent.Contains(m.Sequence))],
                    Counts = [],
                };
                try
                {
                    stored = await cases.ReplaceAsync(stored.Case with { Outbox = cleared }, stored.ETag, cancellationToken);
                }
                catch (PreconditionFailedException)
                {
                    // The case moved on: its change owes the views again; the sent messages must not go out twice.
                    LogChangedMeanwhile(caseNumber, attempt);
                    if (sent.Count > 0)
                    {
                        await MarkSentAsync(caseNumber, sent, cancellationToken);
                    }

                    continue;
                }
            }

            if (await SettleNoteAsync(stored, fromSave ? saved!.NoteETag : null, cancellationToken))
            {
                Remember(caseNumber, stored.Case.State.Version);
                return;
            }
        }

        LogGaveUp(caseNumber, MaxAttempts);
    }

    private void Remember(string caseNumber, int version)
    {
        if (_drainedThrough.Count >= RememberedDrains)
        {
            // Forgetting costs at most a repeat of the rare race above, with the same MessageId (which Service Bus drops).
            _drainedThrough.Clear();
        }

        _drainedThrough.AddOrUpdate(caseNumber, version, (_, known) => Math.Max(known, version));
    }

    /// <summary>Sends the case's owed milestones in order until one fails; answers the sequences that went out.</summary>
    private async Task<IReadOnlySet<int>> PublishAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        var sent = new HashSet<int>();
        var province = RegionDirectory.ProvinceOf(record.State.RegionCode);
        if (record.Outbox.Messages.Count == 0 || backoff.WaitingUntil(province) is not null)
        {
            return sent;
        }

        foreach (var message in record.Outbox.Messages.OrderBy(m => m.Sequence))
        {
            var milestone = MilestoneMapper.Map(record, message, calendars.ForCase(record.State));
            try
            {
                await publisher.PublishAsync(milestone, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPublishFailed(e, province, record.State.Number, message.Sequence, backoff.Failed(province));
                break;
            }

            backoff.Succeeded(province);
            sent.Add(message.Sequence);
        }

        return sent;
    }

    /// <summary>Removes the sent messages from the outbox, on whatever the case has become since (sent ones are never re-sent for a lost race).</summary>
    private async Task MarkSentAsync(string caseNumber, IReadOnlySet<int> sent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await cases.FindAsync(caseNumber, cancellationToken) ?? throw new NotFoundException($"There is no case {caseNumber}.");
            var outbox = stored.Case.Outbox with { Messages = [.. stored.Case.Outbox.Messages.Where(m => !sent.Contains(m.Sequence))] };
            try
            {
                await cases.ReplaceAsync(stored.Case with { Outbox = outbox }, stored.ETag, cancellationToken);
                return;
            }
            catch (PreconditionFailedException) when (attempt < MaxAttempts)
            {
                LogChangedMeanwhile(caseNumber, attempt);
            }
        }
    }

    /// <summary>
    /// Leaves the note saying exactly what is still owed, or removes it when nothing is. Drained from the save that wrote
    /// <paramref name="noteETag"/>, the note is removed only while it is still that one: a change since writes its note
    /// before its case, so a newer note stays (and that change signals for itself). Otherwise a removal is checked
    /// against the case afterwards: a change that slipped in between would otherwise be work without a note.
    /// </summary>
    private async Task<bool> SettleNoteAsync(StoredCase stored, string? noteETag, CancellationToken cancellationToken)
    {
        if (!stored.Case.Outbox.IsEmpty)
        {
            await cases.MarkOutboxPendingAsync(OutboxNote.Of(stored.Case), cancellationToken);
            return true;
        }

        if (noteETag is not null)
        {
            await cases.ClearOutboxPendingAsync(stored.Case.State.Number, noteETag, cancellationToken);
            return true;
        }

        await cases.ClearOutboxPendingAsync(stored.Case.State.Number, ifMatch: null, cancellationToken);
        var now = await cases.FindAsync(stored.Case.State.Number, cancellationToken);
        if (now is null || now.ETag == stored.ETag)
        {
            return true;
        }

        await cases.MarkOutboxPendingAsync(OutboxNote.Of(now.Case), cancellationToken);
        return false;
    }

    /// <summary>Brings the lists and, where the host keeps alarms in a store, the next alarm up to the state; answers the lists that show it.</summary>
    private async Task<IReadOnlyList<string>?> ShowAsync(CaseState state, IReadOnlyList<string>? listedIn, CancellationToken cancellationToken)
    {
        var (shownIn, absentFrom) = CaseLists.For(state, listedIn);
        var summary = CaseSummary.Of(state);
        // Each list is a partition of its own and the alarm lives elsewhere: all are written side by side, one round trip.
        await Task.WhenAll(shownIn.Select(list => views.UpsertAsync(list, CaseLists.LineIn(list, state, summary), cancellationToken))
            .Concat(absentFrom.Select(list => views.RemoveAsync(list, state.Number, cancellationToken)))
            .Append(alarms?.ScheduleAsync(state, cancellationToken) ?? Task.CompletedTask));
        return shownIn;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseNumber} changed while its outbox was drained (attempt {Attempt}); redoing")]
    private partial void LogChangedMeanwhile(string caseNumber, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing to province {ProvinceCode} failed at case {CaseNumber} sequence {Sequence}; the province waits until {RetryAt}")]
    private partial void LogPublishFailed(Exception exception, string provinceCode, string caseNumber, int sequence, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up draining the outbox of case {CaseNumber} after {Attempts} attempts; the next rescan retries")]
    private partial void LogGaveUp(string caseNumber, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Draining the outbox of case {CaseNumber} failed ({Failures} in a row); it is retried after {RetryAt}, other cases go on")]
    private partial void LogCaseFailed(Exception exception, string caseNumber, int failures, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Draining the outbox of case {CaseNumber} failed; its note could not record it, so the next rescan tries it again")]
    private partial void LogUnnotedFailure(Exception exception, string caseNumber);

    [LoggerMessage(Level = LogLevel.Error, Message = "Noting the failure of case {CaseNumber} failed")]
    private partial void LogNoteFailed(Exception exception, string caseNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescanned {PendingCount} cases with outbox work")]
    private partial void LogRescanned(int pendingCount);
}
