namespace GovFunctions.FunctionsTests;

/// <summary>The rules' clock of a test: real time from an instant the test sets, so durable timers (real time) and the rules agree on what is due.</summary>
internal sealed class OffsetClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Sets the rules' time to <paramref name="now"/>; it runs on from there in real time.</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);
}
