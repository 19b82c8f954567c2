using System.Diagnostics;

namespace GovFunctions.Benchmarks;

/// <summary>What one measurement gave: throughput and latency percentiles.</summary>
public sealed record Figures(string Name, int Concurrency, int Operations, double OpsPerSecond, double P50Ms, double P99Ms)
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="count"/> times, <paramref name="concurrency"/> at once, timing each.</summary>
    public static async Task<Figures> MeasureAsync(string name, int concurrency, int count, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var one = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }
        }));
        total.Stop();
        Array.Sort(latencies);
        return new Figures(name, concurrency, count, count / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
