using GovFunctions.Core.Errors;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Review;

/// <summary>
/// Fires the due alarms of an <see cref="IAlarmStore"/> through <see cref="ReviewService"/>. Firing is idempotent: the alarm carries the case version it was computed for, so
/// one fired again after a crash (or twice by two runners) finds a newer version and does nothing.
/// </summary>
public sealed partial class AlarmDispatcher(
    IAlarmStore store, ReviewService review, StoredAlarmScheduler scheduler, TimeProvider time, ILogger<AlarmDispatcher> logger)
{
    private const int BatchSize = 100;
    private const int MaxBatches = 100;

    /// <summary>Fires every alarm due now, including those that firing makes due (a clock jumped far ahead); returns how many acted.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var acted = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var due = await store.ListDueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
            var progressed = false;
            foreach (var alarm in due)
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

                    progressed = true;
                }
                catch (NotFoundException)
                {
                    await store.RemoveAsync(alarm, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left in the store: the next run tries it again.
                    LogFailed(e, alarm.CaseNumber, alarm.Kind);
                }
            }

            if (!progressed)
            {
                return acted;
            }
        }

        return acted;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing the {Kind} alarm of case {CaseNumber} failed")]
    private partial void LogFailed(Exception exception, string caseNumber, AlarmKind kind);
}
