using GovFunctions.Api.Hosting;
using Azure.Data.Tables;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Options;

namespace GovFunctions.LocalHost.Alarms;

/// <summary>
/// LocalHost's stand-in for the Durable orchestration per case: fires due alarms from the persisted alarm store
/// at start-up and every poll interval. Alarms survive a restart in the store; firing one twice is a no-op.
/// </summary>
public sealed partial class AlarmRunner(
    AlarmDispatcher dispatcher, TableClient alarmTable, IOptions<AlarmStoreOptions> options, ILogger<AlarmRunner> logger) : BackgroundService
{
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);
    private int _fired;
    private int _firedBeforeMove;
    private int _running;

    /// <summary>
    /// How many alarms have fired since the clock last moved (<see cref="ClockMoved"/>), by every run, the periodic ones
    /// too, and whether a run is going.
    /// </summary>
    public (int Fired, bool Running) Progress => (Volatile.Read(ref _fired) - Volatile.Read(ref _firedBeforeMove), Volatile.Read(ref _running) > 0);

    /// <summary>The development clock moved: progress counts from here.</summary>
    public void ClockMoved() => Volatile.Write(ref _firedBeforeMove, Volatile.Read(ref _fired));

    /// <summary>Creates the table before anything schedules into it (the outbox pump starts after this).</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await alarmTable.CreateIfNotExistsAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Fires every due alarm now; the development clock calls this after moving time.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _oneRunAtATime.WaitAsync(cancellationToken);
        Interlocked.Increment(ref _running);
        try
        {
            var fired = await dispatcher.FireDueAsync(cancellationToken, () => Interlocked.Increment(ref _fired));
            if (fired > 0)
            {
                LogFired(fired);
            }

            return fired;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _oneRunAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        await timer.RunNowAndEveryTickAsync(RunOnceAsync, LogFailed, stoppingToken);
    }

    public override void Dispose()
    {
        _oneRunAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fired {Count} due alarms")]
    private partial void LogFired(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alarm run failed; the next poll tries again")]
    private partial void LogFailed(Exception exception);
}
