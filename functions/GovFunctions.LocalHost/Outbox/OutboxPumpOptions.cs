namespace GovFunctions.LocalHost.Outbox;

/// <summary>Settings section <c>OutboxPump</c>.</summary>
public sealed class OutboxPumpOptions
{
    public const string SectionName = "OutboxPump";

    /// <summary>How often the cases still owing work are tried again (a province that was down, a publish that failed).</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many cases are drained at once (each case by one worker at a time).</summary>
    public int Workers { get; set; } = 8;
}
