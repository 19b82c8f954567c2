using GovFunctions.Core.Errors;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Drains a case's outbox: brings its list views (and, where the host keeps alarms in a store, its next alarm)
/// up to date, then clears what it did with the case's ETag.
/// If the case changed meanwhile the clear is refused and the work is redone from the newer state, so a view
/// never ends up older than its case. Milestone messages stay in the outbox for the provincial publisher.
/// What drives it differs by host: the Cosmos DB change feed in Azure; an in-process signal after each save,
/// plus <see cref="RescanAsync"/> at start-up, in LocalHost.
/// </summary>
public sealed partial class CaseOutboxProcessor(
    ICaseStore cases, ICaseViewStore views, ILogger<CaseOutboxProcessor> logger, ICaseAlarmScheduler? alarms = null)
{
    private const int MaxAttempts = 5;

    public async Task ProcessAsync(string caseNumber, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await cases.FindAsync(caseNumber, cancellationToken);
            if (stored is null)
            {
                await cases.ClearOutboxPendingAsync(caseNumber, cancellationToken);
                return;
            }

            var outbox = stored.Case.Outbox;
            if (outbox.ViewsOutdated)
            {
                await UpdateViewsAsync(stored.Case.State, cancellationToken);
                if (alarms is not null)
                {
                    await alarms.ScheduleAsync(stored.Case.State, cancellationToken);
                }
                try
                {
                    await cases.ReplaceAsync(stored.Case with { Outbox = outbox with { ViewsOutdated = false } }, stored.ETag, cancellationToken);
                }
                catch (PreconditionFailedException)
                {
                    LogChangedMeanwhile(caseNumber, attempt);
                    continue;
                }
            }

            if (outbox.Messages.Count == 0)
            {
                await cases.ClearOutboxPendingAsync(caseNumber, cancellationToken);
            }

            return;
        }

        LogGaveUp(caseNumber, MaxAttempts);
    }

    /// <summary>Processes every case noted as having outbox work: after a restart, nothing owed is forgotten.</summary>
    public async Task<int> RescanAsync(CancellationToken cancellationToken)
    {
        var pending = await cases.ListOutboxPendingAsync(cancellationToken);
        foreach (var caseNumber in pending)
        {
            await ProcessAsync(caseNumber, cancellationToken);
        }

        LogRescanned(pending.Count);
        return pending.Count;
    }

    private async Task UpdateViewsAsync(CaseState state, CancellationToken cancellationToken)
    {
        var (shownIn, absentFrom) = CaseLists.For(state);
        var summary = CaseSummary.Of(state);
        foreach (var list in shownIn)
        {
            await views.UpsertAsync(list, summary, cancellationToken);
        }

        foreach (var list in absentFrom)
        {
            await views.RemoveAsync(list, state.Number, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseNumber} changed while its outbox was drained (attempt {Attempt}); redoing")]
    private partial void LogChangedMeanwhile(string caseNumber, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up draining the outbox of case {CaseNumber} after {Attempts} attempts; the start-up rescan will retry")]
    private partial void LogGaveUp(string caseNumber, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescanned {PendingCount} cases with outbox work")]
    private partial void LogRescanned(int pendingCount);
}
