using GovFunctions.Api.Hosting;
using System.Threading.Channels;
using GovFunctions.Core.Cases;
using Microsoft.Extensions.Options;

namespace GovFunctions.LocalHost.Outbox;

/// <summary>
/// LocalHost's outbox driver: the local Cosmos emulator's change feed cannot drive anything incrementally, so
/// every save signals this pump in-process; at start-up it rescans the cases noted as having outbox work, and
/// every <see cref="OutboxPumpOptions.RescanInterval"/> it queues them again, so failed publishes are retried.
/// </summary>
public sealed partial class OutboxPump(
    CaseOutboxProcessor processor, ICaseStore cases, TimeProvider time, IOptions<OutboxPumpOptions> options, ILogger<OutboxPump> logger)
    : BackgroundService, IOutboxSignal
{
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private int _unprocessed;

    public Task CaseChangedAsync(string caseNumber, CancellationToken cancellationToken)
    {
        Signal(caseNumber);
        return Task.CompletedTask;
    }

    private void Signal(string caseNumber)
    {
        Interlocked.Increment(ref _unprocessed);
        _changed.Writer.TryWrite(caseNumber);
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) until every signalled change has been processed, so views and
    /// scheduled alarms reflect every save made before the call. The development clock waits on it before firing alarms.
    /// </summary>
    public async Task WhenDrainedAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var until = TimeProvider.System.GetUtcNow() + limit;
        while (Volatile.Read(ref _unprocessed) > 0 && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await processor.RescanAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store could not be read at all: the periodic rescan tries again; the host serves meanwhile.
            LogRetryFailed(e);
        }

        var retries = RetryPeriodicallyAsync(stoppingToken);
        await ReadChangesAsync(stoppingToken);
        await retries;
    }

    private async Task RetryPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RescanInterval);
        while (await timer.NextTickAsync(stoppingToken))
        {
            try
            {
                var now = time.GetUtcNow();
                foreach (var note in (await cases.ListOutboxPendingAsync(stoppingToken)).Where(n => !n.IsWaiting(now)))
                {
                    Signal(note.CaseNumber);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRetryFailed(e);
            }
        }
    }


    private async Task ReadChangesAsync(CancellationToken stoppingToken)
    {
        await foreach (var caseNumber in _changed.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // Never throws for a case: one that fails is noted, reported in the backlog and retried after its wait.
                await processor.ProcessAsync(caseNumber, stoppingToken);
            }
            finally
            {
                Interlocked.Decrement(ref _unprocessed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Listing the cases that owe outbox work failed; the next interval tries again")]
    private partial void LogRetryFailed(Exception exception);
}
