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
            .AppendLine(CultureInfo.InvariantCulture, $"- date: {at:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}")
            .AppendLine(CultureInfo.InvariantCulture, $"- emulators: {Emulators(repositoryRoot)}")
            .AppendLine(CultureInfo.InvariantCulture, $"- run: {options.Rounds} rounds, {options.Operations} operations per raw or read measurement (costly ones scaled down), concurrency {string.Join(" and ", options.Concurrencies)}")
            .AppendLine()
            .AppendLine("| measurement | c | ops/s | p50 ms | p99 ms | raw baseline | p50 ratio | ops/s ratio |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var concurrency in options.Concurrencies)
        {
            foreach (var measurement in measurements)
            {
                var figure = figures.Single(f => f.Name == measurement.Name && f.Concurrency == concurrency);
                var baseline = measurement.Baseline is { } name ? figures.Single(f => f.Name == name && f.Concurrency == concurrency) : null;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {figure.Name} | {concurrency} | {figure.OpsPerSecond:F1} | {figure.P50Ms:F1} | {figure.P99Ms:F1} | {baseline?.Name ?? "—"} | {Ratio(figure.P50Ms, baseline?.P50Ms)} | {Ratio(figure.OpsPerSecond, baseline?.OpsPerSecond)} |");
            }
        }

        text.AppendLine()
            .AppendLine("## Cosmos DB operations per command")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Counted by a request handler on LocalHost's own Cosmos DB client, commands run one at a time over {options.CostedCases} cases, the outbox")
            .AppendLine("drained after each (its view writes, note and clearing write count with the command that owed them).")
            .AppendLine()
            .AppendLine("| command | operations |")
            .AppendLine("|---|---|");
        foreach (var cost in result.Costs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {cost.Command} | {cost.Operations:F1} |");
        }

        var queueSend = figures.Single(f => f.Name == Measurements.QueueSend && f.Concurrency == options.Concurrencies[^1]);
        text.AppendLine()
            .AppendLine("## Push to the provincial systems")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured after the reads below, so with {options.StoredCases[^1]:N0} cases stored and more. From the requests (or the signals) to the last milestone in its")
            .AppendLine("province's queue; delivered and doubled counted by")
            .AppendLine(CultureInfo.InvariantCulture, $"MessageId in the queue. Baseline: raw Queue send at c={queueSend.Concurrency}, {queueSend.OpsPerSecond:F1}/s.")
            .AppendLine()
            .AppendLine("| what | milestones | milestones/s | ratio to raw send | lag after the last request ms | delivered | doubled |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var push in result.Push)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {push.Name} | {push.Milestones:N0} | {push.PerSecond:F1} | {Ratio(push.PerSecond, queueSend.OpsPerSecond)} | {push.LagAfterLastRequestMs:F0} | {push.Delivered:N0} | {push.Doubled} |");
        }

        var read = figures.Single(f => f.Name == Measurements.PointRead && f.Concurrency == options.Concurrencies[^1]).OpsPerSecond;
        var write = figures.Single(f => f.Name == Measurements.Upsert && f.Concurrency == options.Concurrencies[^1]).OpsPerSecond;
        var readAndReplace = 1 / (1 / read + 1 / write);
        text.AppendLine()
            .AppendLine("## Alarms falling due at once")
            .AppendLine()
            .AppendLine("Accepted cases whose acceptance warnings fall due at the same moment (copies of a real case with their alarms scheduled,")
            .AppendLine("untimed), then the Development clock moved past it. Fired counts every alarm the run fired; lags from the clock request;")
            .AppendLine(CultureInfo.InvariantCulture, $"each copy's history read afterwards for its warnings. Baseline: raw point read + upsert at c={options.Concurrencies[^1]}, {readAndReplace:F1}/s.")
            .AppendLine()
            .AppendLine("| due | fired | fired/s | ratio to raw read + replace | lag p50 ms | lag p99 ms | lag max ms | warned twice | missed | clock request answered ms |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var alarms in result.Alarms)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {alarms.Due:N0} | {alarms.Fired:N0} | {alarms.PerSecond:F1} | {Ratio(alarms.PerSecond, readAndReplace)} | {alarms.LagP50Ms:F0} | {alarms.LagP99Ms:F0} | {alarms.LagMaxMs:F0} | {alarms.FiredTwice} | {alarms.Missed} | {alarms.ClockAnsweredMs:F0} |");
        }

        text.AppendLine()
            .AppendLine("## Memory on uploads")
            .AppendLine()
            .AppendLine("Generated PDFs streamed to one slot of 建设项目环境影响报告书审批 (up to 200 MB); working set of the process that runs")
            .AppendLine("both the client and LocalHost, sampled every 20 ms.")
            .AppendLine()
            .AppendLine("| uploads | MB/s | working set before MB | peak MB | after MB |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var memory in result.Memory)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {memory.Name} | {memory.MegabytesPerSecond:F1} | {memory.WorkingSetBeforeMb:F0} | {memory.WorkingSetPeakMb:F0} | {memory.WorkingSetAfterMb:F0} |");
        }

        text.AppendLine()
            .AppendLine("## Reads as the data grows")
            .AppendLine()
            .AppendLine("The cases container filled with copies of a submitted case (written through the case store, untimed), then the reads measured again, one round,")
            .AppendLine("interleaved with the raw point read. The ratio is to the raw point read at the same size and concurrency.")
            .AppendLine()
            .AppendLine("| cases stored | measurement | c | ops/s | p50 ms | p99 ms | p50 ratio |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var grown in result.Growth)
        {
            var figure = grown.Figures;
            var baseline = result.Growth.Single(g => g.StoredCases == grown.StoredCases && g.Figures.Concurrency == figure.Concurrency && g.Figures.Name == Measurements.PointRead).Figures;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {grown.StoredCases:N0} | {figure.Name} | {figure.Concurrency} | {figure.OpsPerSecond:F1} | {figure.P50Ms:F1} | {figure.P99Ms:F1} | {(figure == baseline ? "—" : Ratio(figure.P50Ms, baseline.P50Ms))} |");
        }

        return text.ToString();
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
