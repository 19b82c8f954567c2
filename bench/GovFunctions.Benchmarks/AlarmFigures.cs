using System.Diagnostics;
using System.Net.Http.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;
using GovFunctions.LocalHost.Alarms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovFunctions.Benchmarks;

/// <summary>
/// Alarms falling due at once: how many fire a second, how long after the clock moved the median, the 99th percentile and
/// the last one fired, whether any case's warning fired twice or not at all, how long the clock request took to answer,
/// and how many of the cases the region's supervisor then finds on the work list, page by page (up to
/// <see cref="AlarmsFallingDue.ListedCheckLimit"/> cases: every page reads the whole list, which the emulator answers by a scan);
/// <paramref name="CosmosOperationsPerAlarm"/>: what firing cost, outbox drains included, per alarm fired, and <paramref name="Breakdown"/> where it went.
/// </summary>
public sealed record AlarmFigures(
    int Due, int Fired, double PerSecond, double LagP50Ms, double LagP99Ms, double LagMaxMs, int FiredTwice, int Missed, double ClockAnsweredMs, int? OnSupervisionList,
    double CosmosOperationsPerAlarm, string Breakdown);

public static class AlarmsFallingDue
{
    public const int ListedCheckLimit = 2_500;
    private const int FirstCopySet = 2;
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// <paramref name="count"/> accepted cases whose acceptance warnings fall due at once, the Development clock moved past
    /// them; <paramref name="run"/> numbers the runs of one benchmark, whose copies must not share case numbers.
    /// </summary>
    public static async Task<AlarmFigures> MeasureAsync(BenchmarkHost host, PortalFlow flow, int count, int run)
    {
        var cases = host.Services.GetRequiredService<ICaseStore>();
        var scheduler = host.Services.GetRequiredService<StoredAlarmScheduler>();
        var runner = host.Services.GetRequiredService<AlarmRunner>();
        var (number, _) = await flow.SubmitAsync();
        await flow.AcceptAsync(number);
        await host.WhenOutboxDrainedAsync();
        var template = (await cases.FindAsync(number, CancellationToken.None))!.Case;
        // Copies were never shown in any list.
        var copies = await CaseCopies.WriteAsync(cases, template, FirstCopySet + run, 0, count, new CaseOutbox(false, []) { ListedIn = [] });
        await Parallel.ForEachAsync(copies, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (copy, ct) => await scheduler.ScheduleAsync(copy.Case.State, ct));
        var due = CaseAlarms.Next(template.State, host.Services.GetRequiredService<WorkCalendars>().ForCase(template.State),
            host.Services.GetRequiredService<IOptions<AlarmOptions>>().Value)!.DueAt;

        await host.WhenOutboxDrainedAsync();
        var operations = host.CosmosOperations.Snapshot();
        var clock = Stopwatch.StartNew();
        (await host.Anonymous.PostAsJsonAsync("/api/dev/clock", new { to = due.AddMinutes(1) })).EnsureSuccessStatusCode();
        var answered = clock.Elapsed;
        var samples = new List<(TimeSpan At, int Fired)>();
        while (true)
        {
            var (fired, running) = runner.Progress;
            samples.Add((clock.Elapsed, fired));
            if (!running)
            {
                break;
            }

            await Task.Delay(Sampling);
        }

        var total = samples[^1].Fired;
        await host.WhenOutboxDrainedAsync();
        var (spent, breakdown) = host.CosmosOperations.Since(operations, total);
        TimeSpan When(double share) => samples.FirstOrDefault(s => s.Fired >= Math.Max(1, (int)Math.Ceiling(share * total)), samples[^1]).At;
        var warned = new int[copies.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, copies.Count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            warned[i] = (await cases.FindAsync(copies[i].Case.State.Number, ct))!.Case.History.OfType<ClockWarned>().Count());
        return new AlarmFigures(count, total, total / samples[^1].At.TotalSeconds, When(0.5).TotalMilliseconds, When(0.99).TotalMilliseconds, samples[^1].At.TotalMilliseconds,
            warned.Count(n => n > 1), warned.Count(n => n == 0), answered.TotalMilliseconds,
            count <= ListedCheckLimit ? await CountListedAsync(host, copies.Select(c => c.Case.State.Number).ToHashSet(), template.State.HandlingDepartment.RegionCode) : null,
            spent, breakdown);
    }

    /// <summary>Pages through the region supervisor's work list, as a console would, counting the lines of <paramref name="numbers"/>.</summary>
    private static async Task<int> CountListedAsync(BenchmarkHost host, IReadOnlySet<string> numbers, string regionCode)
    {
        await host.WhenOutboxDrainedAsync();
        var supervisor = await host.ClientFor("bench-supervisor-" + regionCode, "supervisor", regionCode: regionCode);
        var listed = 0;
        string? token = null;
        do
        {
            var page = await PortalFlow.Ok(await supervisor.GetAsync("/api/work-items?pageSize=100" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))));
            listed += page.GetProperty("items").EnumerateArray().Count(i => numbers.Contains(i.GetProperty("case").GetProperty("caseNumber").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        return listed;
    }
}
