using GovFunctions.Core.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace GovFunctions.Benchmarks;

/// <summary>Figures of the reads and writes measured again once the cases container holds <paramref name="StoredCases"/> cases.</summary>
public sealed record GrowthFigures(int StoredCases, Figures Figures);

/// <summary>
/// Fills the cases container with copies of a real submitted case (<see cref="CaseCopies"/>, untimed) up to each size, and measures the
/// reads and writes of cases again beside the raw point read and upsert, interleaved: reading or changing a case by its
/// number should cost the same whatever the container holds.
/// </summary>
public static class DataGrowth
{
    private const int CopySet = 0;

    public static async Task<IReadOnlyList<GrowthFigures>> MeasureAsync(
        BenchmarkHost host, PortalFlow flow, IReadOnlyList<Measurement> measurements, BenchmarkOptions options, TextWriter progress)
    {
        var cases = host.Services.GetRequiredService<ICaseStore>();
        var (number, _) = await flow.SubmitAsync();
        var template = (await cases.FindAsync(number, CancellationToken.None))!.Case;
        // Stored copies owe nothing: they only make the container large.
        var drained = template.Outbox with { ViewsOutdated = false, Messages = [], Counts = [] };

        var figures = new List<GrowthFigures>();
        var stored = 0;
        foreach (var size in options.StoredCases)
        {
            await CaseCopies.WriteAsync(cases, template, CopySet, stored, size, drained);
            stored = size;
            foreach (var concurrency in options.Concurrencies)
            {
                foreach (var measurement in measurements)
                {
                    var count = measurement.CountFor(options.Operations);
                    var measured = await Figures.MeasureAsync(measurement.Name, concurrency, count, await measurement.Prepare(count));
                    figures.Add(new GrowthFigures(size, measured));
                    await progress.WriteLineAsync($"{size} cases stored, c={concurrency} {measured.Name}: {measured.OpsPerSecond:F1}/s p50 {measured.P50Ms:F1} ms");
                }
            }
        }

        return figures;
    }
}
