namespace GovFunctions.Benchmarks;

/// <summary>
/// One thing measured: <paramref name="Prepare"/> sets up what <c>count</c> operations need (untimed) and returns the
/// operation; <paramref name="Baseline"/> names the raw measurement it is compared with; <paramref name="Share"/> scales
/// the operation count for costly ones.
/// </summary>
public sealed record Measurement(string Name, string? Baseline, Func<int, Task<Func<int, Task>>> Prepare, double Share = 1)
{
    public static Measurement Of(string name, string? baseline, Func<int, Task> operation) =>
        new(name, baseline, _ => Task.FromResult(operation));

    public int CountFor(int operations) => Math.Max(2, (int)(operations * Share));
}
