namespace GovFunctions.Core.Milestones;

/// <summary>
/// Per-province retry pacing for publishing: after a failure a province waits (exponential, with jitter, capped)
/// before the next attempt, so a provincial system that is down costs one failed send per wait, and the other
/// provinces' milestones keep flowing. In memory, per process: a restart tries every province at once.
/// </summary>
public sealed class ProvinceBackoff(TimeProvider time)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (int Failures, DateTimeOffset RetryAt)> _provinces = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>When the province may be tried again, if it is waiting now.</summary>
    public DateTimeOffset? WaitingUntil(string provinceCode)
    {
        lock (_lock)
        {
            return _provinces.TryGetValue(provinceCode, out var state) && state.RetryAt > time.GetUtcNow() ? state.RetryAt : null;
        }
    }

    public DateTimeOffset Failed(string provinceCode)
    {
        lock (_lock)
        {
            var failures = _provinces.TryGetValue(provinceCode, out var state) ? state.Failures + 1 : 1;
            var ceiling = Math.Min(LongestWait.TotalMilliseconds, FirstWait.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20)));
            // Jitter: somewhere in the upper half of the ceiling, so many instances do not retry in step.
            var wait = TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
            var retryAt = time.GetUtcNow() + wait;
            _provinces[provinceCode] = (failures, retryAt);
            return retryAt;
        }
    }

    public void Succeeded(string provinceCode)
    {
        lock (_lock)
        {
            _provinces.Remove(provinceCode);
        }
    }
}
