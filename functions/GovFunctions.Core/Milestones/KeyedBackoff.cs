namespace GovFunctions.Core.Milestones;

/// <summary>
/// Retry pacing per key (a province, a case): after a failure the key waits (exponential, with jitter, capped) before
/// the next attempt, so something that keeps failing costs one attempt per wait while the rest flows. In memory, per
/// process: a restart tries every key at once.
/// </summary>
public class KeyedBackoff(TimeProvider time, TimeSpan firstWait, TimeSpan longestWait)
{
    private readonly Dictionary<string, (int Failures, DateTimeOffset RetryAt)> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row: doubling from <paramref name="first"/>, at most <paramref name="longest"/>.</summary>
    public static TimeSpan WaitAfter(int failures, TimeSpan first, TimeSpan longest)
    {
        var ceiling = Math.Min(longest.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20)));
        // Jitter: somewhere in the upper half of the ceiling, so many instances do not retry in step.
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    /// <summary>When the key may be tried again, if it is waiting now.</summary>
    public DateTimeOffset? WaitingUntil(string key)
    {
        lock (_lock)
        {
            return _keys.TryGetValue(key, out var state) && state.RetryAt > time.GetUtcNow() ? state.RetryAt : null;
        }
    }

    public DateTimeOffset Failed(string key)
    {
        lock (_lock)
        {
            var failures = _keys.TryGetValue(key, out var state) ? state.Failures + 1 : 1;
            var retryAt = time.GetUtcNow() + WaitAfter(failures, firstWait, longestWait);
            _keys[key] = (failures, retryAt);
            return retryAt;
        }
    }

    public void Succeeded(string key)
    {
        lock (_lock)
        {
            _keys.Remove(key);
        }
    }
}
