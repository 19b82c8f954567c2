using GovFunctions.Api.Hosting;
using System.Threading.Channels;
using GovFunctions.Core.Cases;
using Microsoft.Extensions.Options;

namespace GovFunctions.LocalHost.Outbox;

/// <summary>
/// LocalHost's outbox driver: the local Cosmos emulator's change feed cannot drive anything incrementally, so
/// every save signals this pump in-process; at start-up, and every <see cref="OutboxPumpOptions.RescanInterval"/>, it
/// queues the cases noted as having outbox work, so work left by a crash is done and failed publishes are retried.
/// <see cref="OutboxPumpOptions.Workers"/> cases are drained at once, each case by one worker at a time; signals for a
/// case that is already waiting are folded into one, and a case signalled while it is drained is drained once more after.
/// </summary>
public sealed partial class OutboxPump(
    CaseOutboxProcessor processor, ICaseStore cases, TimeProvider time, IOptions<OutboxPumpOptions> options, ILogger<OutboxPump> logger)
    : BackgroundService, IOutboxSignal
{
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>();
    private readonly Lock _gate = new();

    // Signalled and not taken by a worker yet, with the save to start from (null: read the case).
    private readonly Dictionary<string, OwingCase?> _waiting = [];
    private readonly HashSet<string> _draining = [];

    public Task CaseChangedAsync(OwingCase owing, CancellationToken cancellationToken)
    {
        Signal(owing.Saved.Case.State.Number, owing);
        return Task.CompletedTask;
    }

    private void Signal(string caseNumber, OwingCase? saved)
    {
        lock (_gate)
        {
            if (_waiting.ContainsKey(caseNumber))
            {
                // Two saves waiting: the worker reads the newer one from the store.
                _waiting[caseNumber] = null;
                return;
            }

            if (_draining.Contains(caseNumber))
            {
                // The drain under way may clear what this save owes (and send its messages) after the save: starting the
                // next drain from the save would send them again, so it reads the case instead.
                _waiting[caseNumber] = null;
                return;
            }

            _waiting[caseNumber] = saved;
        }

        _changed.Writer.TryWrite(caseNumber);
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) until every signalled change has been processed, so views and
    /// scheduled alarms reflect every save made before the call. The development clock waits on it before firing alarms.
    /// </summary>
    public async Task WhenDrainedAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var until = TimeProvider.System.GetUtcNow() + limit;
        while (Unprocessed > 0 && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    private int Unprocessed
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count + _draining.Count;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Work left by the last run goes through the workers like any signal, so no case is ever drained twice at once.
        await SignalPendingAsync(stoppingToken);
        var retries = RetryPeriodicallyAsync(stoppingToken);
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => DrainChangesAsync(stoppingToken)));
        await retries;
    }

    private async Task RetryPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RescanInterval);
        while (await timer.NextTickAsync(stoppingToken))
        {
            await SignalPendingAsync(stoppingToken);
        }
    }

    /// <summary>Signals every case noted as owing work whose wait after a failure is over.</summary>
    private async Task SignalPendingAsync(CancellationToken stoppingToken)
    {
        try
        {
            var now = time.GetUtcNow();
            foreach (var note in (await cases.ListOutboxPendingAsync(stoppingToken)).Where(n => !n.IsWaiting(now)))
            {
                Signal(note.CaseNumber, saved: null);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store could not be read at all: the next interval tries again; the host serves meanwhile.
            LogRetryFailed(e);
        }
    }

    private async Task DrainChangesAsync(CancellationToken stoppingToken)
    {
        await foreach (var caseNumber in _changed.Reader.ReadAllAsync(stoppingToken))
        {
            OwingCase? saved;
            lock (_gate)
            {
                _waiting.Remove(caseNumber, out saved);
                _draining.Add(caseNumber);
            }

            try
            {
                // Never throws for a case: one that fails is noted, reported in the backlog and retried after its wait.
                await processor.ProcessAsync(caseNumber, saved, stoppingToken);
            }
            finally
            {
                bool again;
                lock (_gate)
                {
                    _draining.Remove(caseNumber);
                    again = _waiting.ContainsKey(caseNumber);
                }

                if (again)
                {
                    _changed.Writer.TryWrite(caseNumber);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Listing the cases that owe outbox work failed; the next interval tries again")]
    private partial void LogRetryFailed(Exception exception);
}
