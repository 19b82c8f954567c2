namespace GovFunctions.Benchmarks;

/// <summary>
/// How much to measure: the full run for docs/benchmarks.md, or a smoke run of seconds that only proves the tool works.
/// <paramref name="StoredCases"/>: the sizes the cases container is filled to before the reads are measured again;
/// <paramref name="CostedCases"/>: how many cases the Cosmos DB operations per command are counted over.
/// </summary>
public sealed record BenchmarkOptions(int Operations, int Rounds, int[] Concurrencies, int Warmup, int[] StoredCases, int CostedCases)
{
    public static BenchmarkOptions Full { get; } = new(Operations: 300, Rounds: 3, Concurrencies: [1, 16], Warmup: 30, StoredCases: [10_000, 100_000], CostedCases: 10);

    public static BenchmarkOptions Smoke { get; } = new(Operations: 4, Rounds: 1, Concurrencies: [1, 2], Warmup: 1, StoredCases: [20, 40], CostedCases: 1);
}
