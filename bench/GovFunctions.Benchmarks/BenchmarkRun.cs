namespace GovFunctions.Benchmarks;

/// <summary>
/// One run: LocalHost started on the emulators, every measurement warmed up, then measured round after round with raw
/// and API measurements interleaved, so a noisy machine moves both alike; each figure is the median round.
/// </summary>
public static class BenchmarkRun
{
    /// <summary>Only the Cosmos DB operations per command, printed with where they go (<c>--costs</c>, a minute).</summary>
    public static async Task CostsAsync(BenchmarkOptions options, TextWriter output)
    {
        await using var host = await BenchmarkHost.StartAsync();
        foreach (var cost in await CommandCosts.MeasureAsync(host, await FlowOfAsync(host), options.CostedCases, options.Concurrencies.Max()))
        {
            await output.WriteLineAsync($"{cost.Command}: {cost.Operations:F1} ({cost.Breakdown})");
        }
    }

    public static async Task<PortalFlow> FlowOfAsync(BenchmarkHost host) => new(
        await host.ClientFor("bench-applicant", "applicant"),
        await host.ClientFor($"clerk-{PortalFlow.Window}", "clerk", PortalFlow.Window),
        await host.ClientFor($"reviewer-{PortalFlow.Window}", "reviewer", PortalFlow.Window));

    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, TextWriter progress)
    {
        await using var host = await BenchmarkHost.StartAsync();
        var flow = await FlowOfAsync(host);
        var measurements = await Measurements.CreateAsync(host, flow);

        foreach (var measurement in measurements)
        {
            var warmup = Math.Max(1, (int)(options.Warmup * measurement.Share));
            await Figures.MeasureAsync(measurement.Name, 1, warmup, await measurement.Prepare(warmup));
        }

        var rounds = new List<Figures>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var concurrency in options.Concurrencies)
            {
                foreach (var measurement in measurements)
                {
                    var count = measurement.CountFor(options.Operations);
                    var figures = await Figures.MeasureAsync(measurement.Name, concurrency, count, await measurement.Prepare(count));
                    rounds.Add(figures);
                    await progress.WriteLineAsync($"round {round} c={concurrency} {figures.Name}: {figures.OpsPerSecond:F1}/s p50 {figures.P50Ms:F1} ms");
                }
            }
        }

        var medians = rounds.GroupBy(f => (f.Name, f.Concurrency))
            .Select(g => g.OrderBy(f => f.OpsPerSecond).ElementAt(g.Count() / 2))
            .ToList();
        var costs = await CommandCosts.MeasureAsync(host, flow, options.CostedCases, options.Concurrencies.Max());
        await progress.WriteLineAsync("Cosmos DB operations per command: " + string.Join(", ", costs.Select(c => $"{c.Command} {c.Operations:F1}")));
        // Before the push and the alarms, while the container holds only what its sizes say; everything after runs with those cases stored.
        var onCases = measurements.Where(m => m.Name is Measurements.PointRead or Measurements.Upsert || m.Baseline is Measurements.PointRead or Measurements.Upsert).ToList();
        var growth = await DataGrowth.MeasureAsync(host, flow, onCases, options, progress);
        PushFigures[] push = [await Push.AfterBurstAsync(host, flow, options.BurstSubmissions), await Push.OwedAsync(host, flow, options.OwedMilestones)];
        await progress.WriteLineAsync(string.Join(Environment.NewLine, push.Select(p => p.ToString())));
        var alarms = new List<AlarmFigures>();
        foreach (var (due, set) in options.AlarmsDue.Select((due, set) => (due, set)))
        {
            alarms.Add(await AlarmsFallingDue.MeasureAsync(host, flow, due, set));
            await progress.WriteLineAsync(alarms[^1].ToString());
        }

        MemoryFigures[] memory =
        [
            await UploadMemory.MeasureAsync(flow.Applicant, 1, options.UploadMb),
            await UploadMemory.MeasureAsync(flow.Applicant, options.ParallelUploads, options.ParallelUploadMb),
        ];
        await progress.WriteLineAsync(string.Join(Environment.NewLine, memory.Select(m => m.ToString())));
        var statistics = await StatisticsYear.MeasureAsync(host, options.StatisticsCases, options.Operations, progress);
        await progress.WriteLineAsync(statistics.ToString());
        return new BenchmarkResult(options, measurements, medians, costs, push, alarms, memory, growth, statistics);
    }
}

/// <summary>
/// What a run measured: the median figures of each measurement at each concurrency, the Cosmos DB operations of each
/// command, the push, alarms falling due at once, memory on uploads, the reads and writes of cases as the data grows, and a year of statistics.
/// </summary>
public sealed record BenchmarkResult(
    BenchmarkOptions Options, IReadOnlyList<Measurement> Measurements, IReadOnlyList<Figures> Figures, IReadOnlyList<CommandCost> Costs,
    IReadOnlyList<PushFigures> Push, IReadOnlyList<AlarmFigures> Alarms, IReadOnlyList<MemoryFigures> Memory, IReadOnlyList<GrowthFigures> Growth,
    StatisticsFigures Statistics);
