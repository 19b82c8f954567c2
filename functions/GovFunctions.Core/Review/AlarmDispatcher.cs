using GovFunctions.Core.Errors;
using GovFunctions.Core.Milestones;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Review;

/// <summary>
/// Fires the due alarms of an <see cref="IAlarmStore"/> through <see cref="ReviewService"/>. Firing is idempotent: the alarm carries the case version it was computed for, so
/// one fired again after a crash (or twice by two runners) finds a newer version and does nothing. A case whose alarm
/// fails is left in the store and waits (from 30 s, doubling, at most 30 minutes) before it is tried again, while every
/// other case's alarms fire.
/// </summary>
public sealed partial class AlarmDispatcher(
    IAlarmStore store, ReviewService review, StoredAlarmScheduler scheduler, TimeProvider time, ILogger<AlarmDispatcher> logger)
{
    private const int BatchSize = 100;
    private const int MaxBatches = 100;

    private readonly KeyedBackoff _failing = new(time, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30));

    /// <summary>Fires every alarm due now, including those that firing makes due (a clock jumped far ahead); returns how many acted.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var acted = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var due = await store.ListDueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
            var progressed = false;
            foreach (var alarm in due.Where(a => _failing.WaitingUntil(a.CaseNumber) is null))
            {
                try
                {
                    var (record, fired) = await review.FireAlarmAsync(alarm, cancellationToken);
                    await store.RemoveAsync(alarm, cancellationToken);
                    if (fired)
                    {
                        // The outbox processor schedules it too; doing it here lets alarms that are due at once follow in this run.
                        await scheduler.ScheduleAsync(record.State, cancellationToken);
                        acted++;
                    }

                    _failing.Succeeded(alarm.CaseNumber);
                    progressed = true;
                }
                catch (NotFoundException)
                {
                    await store.RemoveAsync(alarm, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left in the store: a run after the case's wait tries it again.
                    LogFailed(e, alarm.CaseNumber, alarm.Kind, _failing.Failed(alarm.CaseNumber));
                }
            }

            if (!progressed)
            {
                return acted;
            }
        }

        return acted;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing the {Kind} alarm of case {CaseNumber} failed; it is tried again after {RetryAt}")]
    private partial void LogFailed(Exception exception, string caseNumber, AlarmKind kind, DateTimeOffset retryAt);
}
