using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Benchmarks;

/// <summary>Figures of the reads measured again once the cases container holds <paramref name="StoredCases"/> cases.</summary>
public sealed record GrowthFigures(int StoredCases, Figures Figures);

/// <summary>
/// Fills the cases container with copies of a real submitted case (raw upserts, untimed) up to each size, and measures the
/// reads again beside the raw point read, interleaved: a read by id should cost the same whatever the container holds.
/// </summary>
public static class DataGrowth
{
    private const int FillConcurrency = 16;

    public static async Task<IReadOnlyList<GrowthFigures>> MeasureAsync(
        BenchmarkHost host, PortalFlow flow, IReadOnlyList<Measurement> reads, BenchmarkOptions options, TextWriter progress)
    {
        var container = host.Database.GetContainer("cases");
        var (number, _) = await flow.SubmitAsync();
        var template = (await container.ReadItemAsync<JsonObject>(number, new PartitionKey(number))).Resource;
        foreach (var system in template.Select(p => p.Key).Where(k => k.StartsWith('_')).ToList())
        {
            template.Remove(system);
        }

        var figures = new List<GrowthFigures>();
        var stored = 0;
        foreach (var size in options.StoredCases)
        {
            await FillAsync(container, template, stored, size);
            stored = size;
            foreach (var concurrency in options.Concurrencies)
            {
                foreach (var read in reads)
                {
                    var count = read.CountFor(options.Operations);
                    var measured = await Figures.MeasureAsync(read.Name, concurrency, count, await read.Prepare(count));
                    figures.Add(new GrowthFigures(size, measured));
                    await progress.WriteLineAsync($"{size} cases stored, c={concurrency} {measured.Name}: {measured.OpsPerSecond:F1}/s p50 {measured.P50Ms:F1} ms");
                }
            }
        }

        return figures;
    }

    private static async Task FillAsync(Container container, JsonObject template, int from, int to)
    {
        var next = from - 1;
        await Task.WhenAll(Enumerable.Range(0, FillConcurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
            {
                var copy = template.DeepClone().AsObject();
                var id = $"bench-stored-{i:D6}";
                copy["id"] = id;
                copy["partitionKey"] = id;
                await container.UpsertItemAsync(copy, new PartitionKey(id));
            }
        }));
    }
}
