using GovFunctions.Benchmarks;

namespace GovFunctions.EndToEndTests;

/// <summary>The benchmark tool at smoke size: every measurement runs and lands in the report. Figures are not judged here.</summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task A_smoke_run_measures_everything_and_reports_each_api_figure_beside_its_raw_baseline()
    {
        var result = await BenchmarkRun.RunAsync(BenchmarkOptions.Smoke, TextWriter.Null);
        var report = BenchmarkReport.Write(result, DateTimeOffset.UtcNow, Contract.RepositoryFiles.Root);

        foreach (var concurrency in BenchmarkOptions.Smoke.Concurrencies)
        {
            foreach (var measurement in result.Measurements)
            {
                var figures = Assert.Single(result.Figures, f => f.Name == measurement.Name && f.Concurrency == concurrency);
                Assert.True(figures.OpsPerSecond > 0 && figures.P50Ms > 0 && figures.P99Ms >= figures.P50Ms, $"{figures}");
                Assert.Contains($"| {measurement.Name} | {concurrency} | ", report);
            }
        }

        var atOnce = BenchmarkOptions.Smoke.Concurrencies.Max();
        foreach (var command in new[]
        {
            "CreateCase", "UpdateCaseForm", "UploadMaterial (each)", "SubmitCase", "AcceptCase", "CompleteReviewStep", "full submission (create, form, 3 uploads, submit)",
            $"SubmitCase, {atOnce} at once", $"AcceptCase, {atOnce} at once",
        })
        {
            var cost = Assert.Single(result.Costs, c => c.Command == command);
            Assert.True(cost.Operations >= 1, $"{cost}");
            Assert.Contains($"| {command} | ", report);
        }

        // Counted, not timed: every milestone out once, every warning fired once.
        Assert.All(result.Push, p => Assert.Equal((p.Milestones, 0), (p.Delivered, p.Doubled)));
        var alarms = Assert.Single(result.Alarms);
        Assert.Equal((0, 0, alarms.Due), (alarms.FiredTwice, alarms.Missed, alarms.OnSupervisionList));
        Assert.True(alarms.Fired >= BenchmarkOptions.Smoke.AlarmsDue[0], $"{alarms}");
        // A fired alarm reads and writes its case at least, and the breakdown says where the operations went.
        Assert.True(alarms.CosmosOperationsPerAlarm >= 2, $"{alarms}");
        Assert.Contains("cases replace", alarms.Breakdown);
        Assert.Equal(2, result.Memory.Count);
        Assert.Contains("## Push to the provincial systems", report);
        Assert.Contains("## Alarms falling due at once", report);
        Assert.Contains("## Memory on uploads", report);

        foreach (var stored in BenchmarkOptions.Smoke.StoredCases)
        {
            Assert.Contains($"| {stored:N0} | GetCase (applicant) | 1 | ", report);
            Assert.Contains($"| {stored:N0} | raw Cosmos point read | 2 | ", report);
            Assert.Contains($"| {stored:N0} | AcceptCase | 2 | ", report);
            Assert.Contains($"| {stored:N0} | full submission (create, form, 3 uploads, submit) | 1 | ", report);
        }

        Assert.Contains("| GetCase (applicant) | 1 | ", report);
        Assert.Contains("raw Cosmos point read", report.Split('\n').Single(l => l.StartsWith("| GetCase (applicant) | 1 |", StringComparison.Ordinal)));
    }
}
