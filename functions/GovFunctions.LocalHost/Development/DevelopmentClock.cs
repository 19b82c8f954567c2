namespace GovFunctions.LocalHost.Development;

/// <summary>
/// Development-only time: the system clock plus an offset that only grows. It can start at a chosen instant
/// (<c>DevelopmentClock:StartAt</c>) and be moved forward over HTTP, so demos and tests reach deadlines in seconds.
/// </summary>
public sealed class DevelopmentClock(TimeProvider system, DateTimeOffset? startAt) : TimeProvider
{
    private long _offsetTicks = startAt is { } start ? (start - system.GetUtcNow()).Ticks : 0;

    public const string StartAtSetting = "DevelopmentClock:StartAt";

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
