using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using Microsoft.Extensions.DependencyInjection;

namespace GovFunctions.Benchmarks;

/// <summary>
/// The push to the provincial systems end to end: how many milestones a second reach their province's queue, how long
/// after the last request the last one is there, and whether any was lost or sent twice (counted by MessageId).
/// </summary>
public sealed record PushFigures(string Name, int Milestones, double PerSecond, double LagAfterLastRequestMs, int Delivered, int Doubled);

public static class Push
{
    private const int CopySet = 1;
    private const string Province = "330000";
    private static readonly TimeSpan Invisible = TimeSpan.FromHours(1);

    /// <summary><paramref name="submissions"/> full submissions at concurrency 16, then until their caseSubmitted milestones are all out.</summary>
    public static async Task<PushFigures> AfterBurstAsync(BenchmarkHost host, PortalFlow flow, int submissions)
    {
        await host.WhenOutboxDrainedAsync();
        var numbers = new ConcurrentBag<string>();
        var burst = Stopwatch.StartNew();
        await Figures.MeasureAsync("burst", 16, submissions, async _ => numbers.Add((await flow.SubmitAsync()).Number));
        var lastRequest = burst.Elapsed;
        await host.WhenOutboxDrainedAsync();
        var lag = burst.Elapsed - lastRequest;
        var (delivered, doubled) = await CountAsync(host, numbers.ToHashSet(), "caseSubmitted");
        return new PushFigures($"{submissions} submissions at c=16, their caseSubmitted milestones", submissions, submissions / burst.Elapsed.TotalSeconds, lag.TotalMilliseconds, delivered, doubled);
    }

    /// <summary>
    /// <paramref name="milestones"/> cases each owing one milestone, written at once (untimed), then every one signalled:
    /// the outbox's own rate, from the signals to the last milestone in its queue.
    /// </summary>
    public static async Task<PushFigures> OwedAsync(BenchmarkHost host, PortalFlow flow, int milestones)
    {
        var cases = host.Services.GetRequiredService<ICaseStore>();
        var signal = host.Services.GetRequiredService<IOutboxSignal>();
        var (number, _) = await flow.SubmitAsync();
        await host.WhenOutboxDrainedAsync();
        await CountAsync(host, new HashSet<string>(), "");
        var template = (await cases.FindAsync(number, CancellationToken.None))!.Case;
        var submitted = template.History.Count;
        var owed = template.Outbox with { ViewsOutdated = false, Messages = [new OutboxMessage(submitted, "caseSubmitted", template.History[^1].At)], Counts = [] };
        var copies = await CaseCopies.WriteAsync(cases, template, CopySet, 0, milestones, owed);
        var notes = new string[copies.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, copies.Count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            notes[i] = await cases.MarkOutboxPendingAsync(OutboxNote.Of(copies[i].Case), ct));

        var run = Stopwatch.StartNew();
        for (var i = 0; i < copies.Count; i++)
        {
            await signal.CaseChangedAsync(new OwingCase(copies[i], notes[i]), CancellationToken.None);
        }

        var lastSignal = run.Elapsed;
        await host.WhenOutboxDrainedAsync();
        run.Stop();
        var (delivered, doubled) = await CountAsync(host, copies.Select(c => c.Case.State.Number).ToHashSet(), "caseSubmitted");
        return new PushFigures($"{milestones:N0} owed milestones signalled at once", milestones, milestones / run.Elapsed.TotalSeconds, (run.Elapsed - lastSignal).TotalMilliseconds, delivered, doubled);
    }

    /// <summary>Takes every message out of the province's queue (hidden, not deleted); counts those of <paramref name="numbers"/> of type <paramref name="subject"/>.</summary>
    private static async Task<(int Delivered, int Doubled)> CountAsync(BenchmarkHost host, IReadOnlySet<string> numbers, string subject)
    {
        var queue = host.Queues.GetQueueClient(host.Services.GetRequiredService<ProvinceQueues>().Of(Province));
        var seen = new Dictionary<string, int>();
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32, Invisible)).Value;
            if (messages.Length == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                var envelope = JsonDocument.Parse(message.Body.ToString()).RootElement;
                if (envelope.GetProperty("subject").GetString() == subject && numbers.Contains(envelope.GetProperty("sessionId").GetString()!))
                {
                    var id = envelope.GetProperty("messageId").GetString()!;
                    seen[id] = seen.GetValueOrDefault(id) + 1;
                }
            }
        }

        return (seen.Count, seen.Values.Sum(n => n - 1));
    }
}
