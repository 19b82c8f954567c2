using GovFunctions.Core.Errors;
using GovFunctions.Core.Milestones;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Review;

/// <summary>
/// Fires the due alarms of an <see cref="IAlarmStore"/> through <see cref="ReviewService"/>. Firing is idempotent: the alarm carries the case version it was computed for, so
/// one fired again after a crash (or twice by two runners) finds a newer version and does nothing. A case whose alarm
/// fails is left in the store and waits (from 30 s, doubling, at most 30 minutes) before it is tried again, while every
/// other case's alarms fire. Cases fire <see cref="ConcurrentCases"/> at a time (a calendar change or a clock moved
/// far ahead makes thousands due at once); one case's alarms fire in order.
/// </summary>
public sealed partial class AlarmDispatcher(
    IAlarmStore store, ReviewService review, StoredAlarmScheduler scheduler, TimeProvider time, ILogger<AlarmDispatcher> logger)
{
    private const int BatchSize = 200;
    private const int MaxBatches = 1000;
    private const int ConcurrentCases = 16;

    private readonly KeyedBackoff _failing = new(time, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30));

    /// <summary>
    /// Fires every alarm due now, including those that firing makes due (a clock jumped far ahead); returns how many acted.
    /// <paramref name="onFired"/> is called as each one acts, so a long run can report its progress.
    /// </summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken, Action? onFired = null)
    {
        var acted = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var due = (await store.ListDueAsync(time.GetUtcNow(), BatchSize, cancellationToken))
                .Where(a => _failing.WaitingUntil(a.CaseNumber) is null)
                .GroupBy(a => a.CaseNumber);
            var progressed = 0;
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentCases, CancellationToken = cancellationToken }, async (alarms, ct) =>
            {
                foreach (var alarm in alarms)
                {
                    var (fired, done) = await FireAsync(alarm, ct);
                    if (fired)
                    {
                        Interlocked.Increment(ref acted);
                        onFired?.Invoke();
                    }

                    Interlocked.Add(ref progressed, done ? 1 : 0);
                }
            });

            if (progressed == 0)
            {
                return acted;
            }
        }

        return acted;
    }

    /// <summary>Fires one alarm; answers whether it acted on the case, and whether it left the store.</summary>
    private async Task<(bool Fired, bool Done)> FireAsync(CaseAlarm alarm, CancellationToken cancellationToken)
    {
        try
        {
            var (record, fired) = await review.FireAlarmAsync(alarm, cancellationToken);
            await store.RemoveAsync(alarm, cancellationToken);
            if (fired)
            {
                // The outbox processor schedules it too; doing it here lets alarms that are due at once follow in this run.
                await scheduler.ScheduleAsync(record.State, cancellationToken);
            }

            _failing.Succeeded(alarm.CaseNumber);
            return (fired, true);
        }
        catch (NotFoundException)
        {
            await store.RemoveAsync(alarm, cancellationToken);
            return (false, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Left in the store: a run after the case's wait tries it again.
            LogFailed(e, alarm.CaseNumber, alarm.Kind, _failing.Failed(alarm.CaseNumber));
            return (false, false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing the {Kind} alarm of case {CaseNumber} failed; it is tried again after {RetryAt}")]
    private partial void LogFailed(Exception exception, string caseNumber, AlarmKind kind, DateTimeOffset retryAt);
}
