namespace GovFunctions.Benchmarks;

/// <summary>
/// How much to measure: the full run for docs/benchmarks.md, or a smoke run of seconds that only proves the tool works.
/// <paramref name="StoredCases"/>: the sizes the cases container is filled to before the reads are measured again;
/// <paramref name="CostedCases"/>: how many cases the Cosmos DB operations per command are counted over;
/// <paramref name="BurstSubmissions"/>, <paramref name="OwedMilestones"/>: the push after a burst of submissions, and of
/// that many milestones owed at once; <paramref name="AlarmsDue"/>: alarms falling due at once, each size a run of its own;
/// <paramref name="UploadMb"/>: one upload of that size, then <paramref name="ParallelUploads"/> of <paramref name="ParallelUploadMb"/> at once;
/// <paramref name="StatisticsCases"/>: the cases a department's year of counters holds when its statistics are asked for.
/// </summary>
public sealed record BenchmarkOptions(
    int Operations, int Rounds, int[] Concurrencies, int Warmup, int[] StoredCases, int CostedCases,
    int BurstSubmissions, int OwedMilestones, int[] AlarmsDue, int UploadMb, int ParallelUploads, int ParallelUploadMb, int StatisticsCases)
{
    public static BenchmarkOptions Full { get; } = new(Operations: 300, Rounds: 3, Concurrencies: [1, 16], Warmup: 30, StoredCases: [10_000, 100_000], CostedCases: 10,
        BurstSubmissions: 200, OwedMilestones: 10_000, AlarmsDue: [2_500, 10_000], UploadMb: 100, ParallelUploads: 16, ParallelUploadMb: 20, StatisticsCases: 100_000);

    public static BenchmarkOptions Smoke { get; } = new(Operations: 4, Rounds: 1, Concurrencies: [1, 2], Warmup: 1, StoredCases: [20, 40], CostedCases: 1,
        BurstSubmissions: 4, OwedMilestones: 20, AlarmsDue: [20], UploadMb: 1, ParallelUploads: 2, ParallelUploadMb: 1, StatisticsCases: 1_825);
}
