namespace GovFunctions.Benchmarks;

/// <summary>How much to measure: the full run for docs/benchmarks.md, or a smoke run of seconds that only proves the tool works.</summary>
public sealed record BenchmarkOptions(int Operations, int Rounds, int[] Concurrencies, int Warmup)
{
    public static BenchmarkOptions Full { get; } = new(Operations: 300, Rounds: 3, Concurrencies: [1, 16], Warmup: 30);

    public static BenchmarkOptions Smoke { get; } = new(Operations: 4, Rounds: 1, Concurrencies: [1, 2], Warmup: 1);
}
