using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GovFunctions.Benchmarks;

/// <summary>docs/benchmarks.md: each API figure beside the raw operation it is made of, as a ratio, with the machine, the emulators and the date.</summary>
public static class BenchmarkReport
{
    public static string Write(BenchmarkResult result, DateTimeOffset at, string repositoryRoot)
    {
        var (options, measurements, figures) = (result.Options, result.Measurements, result.Figures);
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks").AppendLine()
            .AppendLine("Written by `scripts/bench.sh` (do not edit by hand). LocalHost (Release) on the local emulators, called over real HTTP from the")
            .AppendLine("same process; raw figures are the same SDK clients LocalHost uses, on the same emulators, measured in the same rounds.")
            .AppendLine("Each figure is the median of the rounds. Ratios: p50 of the operation ÷ p50 of its raw baseline, and its ops/s ÷ the baseline's.")
            .AppendLine()
            .AppendLine(Invariant($"- date: {at:yyyy-MM-dd HH:mm} UTC"))
            .AppendLine(Invariant($"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"))
            .AppendLine(Invariant($"- emulators: {Emulators(repositoryRoot)}"))
            .AppendLine(Invariant($"- run: {options.Rounds} rounds, {options.Operations} operations per raw or read measurement (costly ones scaled down), concurrency {string.Join(" and ", options.Concurrencies)}"))
            .AppendLine();
        Table(text, ["measurement", "c", "ops/s", "p50 ms", "p99 ms", "raw baseline", "p50 ratio", "ops/s ratio"],
            from concurrency in options.Concurrencies
            from measurement in measurements
            let figure = figures.Single(f => f.Name == measurement.Name && f.Concurrency == concurrency)
            let baseline = measurement.Baseline is { } name ? figures.Single(f => f.Name == name && f.Concurrency == concurrency) : null
            select Row($"{figure.Name}", $"{concurrency}", $"{figure.OpsPerSecond:F1}", $"{figure.P50Ms:F1}", $"{figure.P99Ms:F1}", $"{baseline?.Name ?? "—"}",
                $"{Ratio(figure.P50Ms, baseline?.P50Ms)}", $"{Ratio(figure.OpsPerSecond, baseline?.OpsPerSecond)}"));

        Section(text, "Cosmos DB operations per command",
            $"Counted by a request handler on LocalHost's own Cosmos DB client, commands run one at a time over {options.CostedCases} cases, the outbox",
            $"drained after each (its view writes, note and clearing write count with the command that owed them); then {options.Concurrencies.Max()} drafts submitted",
            $"at once and those cases accepted at once, as a busy window's would be, whose drains share the writes of the counters they all add to.");
        Table(text, ["command", "operations", "by container and kind"], result.Costs.Select(c => Row($"{c.Command}", $"{c.Operations:F1}", $"{c.Breakdown}")));

        Section(text, "Cases as the data grows",
            $"The cases container filled with copies of a submitted case (written through the case store, untimed), then the reads and writes",
            $"of cases measured again, one round, interleaved with their raw baselines. The ratio is to the baseline at the same size and concurrency.");
        Table(text, ["cases stored", "measurement", "c", "ops/s", "p50 ms", "p99 ms", "raw baseline", "p50 ratio", "ops/s ratio"],
            from grown in result.Growth
            let figure = grown.Figures
            let baselineName = measurements.Single(m => m.Name == figure.Name).Baseline
            let baseline = baselineName is null ? null : result.Growth.Single(g => g.StoredCases == grown.StoredCases && g.Figures.Concurrency == figure.Concurrency && g.Figures.Name == baselineName).Figures
            select Row($"{grown.StoredCases:N0}", $"{figure.Name}", $"{figure.Concurrency}", $"{figure.OpsPerSecond:F1}", $"{figure.P50Ms:F1}", $"{figure.P99Ms:F1}",
                $"{baselineName ?? "—"}", $"{Ratio(figure.P50Ms, baseline?.P50Ms)}", $"{Ratio(figure.OpsPerSecond, baseline?.OpsPerSecond)}"));

        var busiest = options.Concurrencies[^1];
        var queueSend = figures.Single(f => f.Name == Measurements.QueueSend && f.Concurrency == busiest).OpsPerSecond;
        Section(text, "Push to the provincial systems",
            $"Measured after the reads above, so with {options.StoredCases[^1]:N0} cases stored and more. From the requests (or the signals) to the last",
            $"milestone in its province's queue; delivered and doubled counted by MessageId in the queue. Baseline: raw Queue send at c={busiest}, {queueSend:F1}/s.");
        Table(text, ["what", "milestones", "milestones/s", "ratio to raw send", "lag after the last request ms", "delivered", "doubled"],
            result.Push.Select(p => Row($"{p.Name}", $"{p.Milestones:N0}", $"{p.PerSecond:F1}", $"{Ratio(p.PerSecond, queueSend)}", $"{p.LagAfterLastRequestMs:F0}", $"{p.Delivered:N0}", $"{p.Doubled}")));

        var read = figures.Single(f => f.Name == Measurements.PointRead && f.Concurrency == busiest).OpsPerSecond;
        var write = figures.Single(f => f.Name == Measurements.Upsert && f.Concurrency == busiest).OpsPerSecond;
        var readAndReplace = 1 / (1 / read + 1 / write);
        Section(text, "Alarms falling due at once",
            $"Accepted cases whose acceptance warnings fall due at the same moment (copies of a real case with their alarms scheduled,",
            $"untimed), then the Development clock moved past it. Fired counts every alarm the run fired; lags from the clock request;",
            $"Cosmos DB operations counted from the clock request until the outbox drained, per alarm fired;",
            $"each copy's history read afterwards for its warnings; then the region supervisor's work list paged through for the copies (up to",
            $"{AlarmsFallingDue.ListedCheckLimit:N0}: every page reads the whole list, which the emulator answers by a scan). Baseline: raw point read + upsert at c={busiest}, {readAndReplace:F1}/s.");
        Table(text, ["due", "fired", "fired/s", "ratio to raw read + replace", "lag p50 ms", "lag p99 ms", "lag max ms", "warned twice", "missed", "clock request answered ms", "on the supervisor's list", "Cosmos operations per alarm", "by container and kind"],
            result.Alarms.Select(a => Row($"{a.Due:N0}", $"{a.Fired:N0}", $"{a.PerSecond:F1}", $"{Ratio(a.PerSecond, readAndReplace)}", $"{a.LagP50Ms:F0}", $"{a.LagP99Ms:F0}",
                $"{a.LagMaxMs:F0}", $"{a.FiredTwice}", $"{a.Missed}", $"{a.ClockAnsweredMs:F0}", $"{(a.OnSupervisionList is { } listed ? listed.ToString("N0", CultureInfo.InvariantCulture) : "not counted")}",
                $"{a.CosmosOperationsPerAlarm:F1}", $"{a.Breakdown}")));

        Section(text, "Memory on uploads",
            $"Generated PDFs streamed to one slot of 建设项目环境影响报告书审批 (up to 200 MB); working set of the process that runs",
            $"both the client and LocalHost, sampled every 20 ms.");
        Table(text, ["uploads", "MB/s", "working set before MB", "peak MB", "after MB"],
            result.Memory.Select(m => Row($"{m.Name}", $"{m.MegabytesPerSecond:F1}", $"{m.WorkingSetBeforeMb:F0}", $"{m.WorkingSetPeakMb:F0}", $"{m.WorkingSetAfterMb:F0}")));

        var statistics = result.Statistics;
        var query = figures.Single(f => f.Name == Measurements.Query && f.Concurrency == 1);
        Section(text, "Statistics over a year",
            $"A department's year of counters as counting leaves them for {statistics.Cases:N0} decided cases over five items ({statistics.Documents:N0} day and month",
            $"documents, each holding which events it counts; written untimed), then GetSupervisionStatistics for the year asked by the department's head at c=1.",
            $"Baseline: raw single-partition query at c=1, p50 {query.P50Ms:F1} ms.");
        Table(text, ["measurement", "operations", "ops/s", "p50 ms", "p99 ms", "p50 ratio"],
            new[] { statistics.Year, statistics.YearByMonth }.Select(f => Row($"{f.Name}", $"{f.Operations}", $"{f.OpsPerSecond:F1}", $"{f.P50Ms:F1}", $"{f.P99Ms:F1}", $"{Ratio(f.P50Ms, query.P50Ms)}")));

        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static string[] Row(params FormattableString[] cells) => [.. cells.Select(Invariant)];

    private static void Section(StringBuilder text, string title, params FormattableString[] description)
    {
        text.AppendLine().AppendLine("## " + title).AppendLine();
        foreach (var line in description)
        {
            text.AppendLine(Invariant(line));
        }

        text.AppendLine();
    }

    private static void Table(StringBuilder text, string[] columns, IEnumerable<string[]> rows)
    {
        text.AppendLine("| " + string.Join(" | ", columns) + " |")
            .AppendLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }
    }

    private static string Ratio(double value, double? baseline) =>
        baseline is > 0 ? (value / baseline.Value).ToString("F2", CultureInfo.InvariantCulture) + "×" : "—";

    /// <summary>The emulator packages as the lockfile pins them.</summary>
    private static string Emulators(string repositoryRoot)
    {
        var manifest = Path.Combine(repositoryRoot, "package.json");
        if (!File.Exists(manifest))
        {
            return "unknown";
        }

        var dependencies = JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("devDependencies");
        return string.Join(", ", new[] { "azurite", "@vercel/cosmosdb-server" }
            .Where(n => dependencies.TryGetProperty(n, out _))
            .Select(n => $"{n} {dependencies.GetProperty(n).GetString()}"));
    }
}
