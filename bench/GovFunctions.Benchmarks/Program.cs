using GovFunctions.Benchmarks;

// scripts/bench.sh runs this with the emulators up: `--output docs/benchmarks.md`; `--smoke` measures a few operations only;
// `--statistics` measures only the year of statistics and prints it, `--costs` only the Cosmos DB operations per command, `--push N` only N owed milestones pushed,
// `--alarms N` only N alarms falling due at once (docs/benchmarks.md untouched).
var smoke = args.Contains("--smoke");
var options = smoke ? BenchmarkOptions.Smoke : BenchmarkOptions.Full;
if (args.SkipWhile(a => a != "--push").Skip(1).FirstOrDefault() is { } owed)
{
    await using var host = await BenchmarkHost.StartAsync();
    Console.WriteLine(await Push.OwedAsync(host, await BenchmarkRun.FlowOfAsync(host), int.Parse(owed, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args.SkipWhile(a => a != "--alarms").Skip(1).FirstOrDefault() is { } due)
{
    await using var host = await BenchmarkHost.StartAsync();
    Console.WriteLine(await AlarmsFallingDue.MeasureAsync(host, await BenchmarkRun.FlowOfAsync(host), int.Parse(due, System.Globalization.CultureInfo.InvariantCulture), run: 0));
    return;
}

if (args.Contains("--costs"))
{
    await BenchmarkRun.CostsAsync(options, Console.Out);
    return;
}

if (args.Contains("--statistics"))
{
    await using var host = await BenchmarkHost.StartAsync();
    Console.WriteLine(await StatisticsYear.MeasureAsync(host, options.StatisticsCases, options.Operations, Console.Out));
    return;
}

var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault() ?? "docs/benchmarks.md";
var result = await BenchmarkRun.RunAsync(options, Console.Out);
var report = BenchmarkReport.Write(result, DateTimeOffset.UtcNow, Directory.GetCurrentDirectory());
await File.WriteAllTextAsync(output, report);
Console.WriteLine($"Wrote {output}");
