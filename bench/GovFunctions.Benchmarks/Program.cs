using GovFunctions.Benchmarks;

// scripts/bench.sh runs this with the emulators up: `--output docs/benchmarks.md`; `--smoke` measures a few operations only.
var smoke = args.Contains("--smoke");
var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault() ?? "docs/benchmarks.md";
var result = await BenchmarkRun.RunAsync(smoke ? BenchmarkOptions.Smoke : BenchmarkOptions.Full, Console.Out);
var report = BenchmarkReport.Write(result, DateTimeOffset.UtcNow, Directory.GetCurrentDirectory());
await File.WriteAllTextAsync(output, report);
Console.WriteLine($"Wrote {output}");
