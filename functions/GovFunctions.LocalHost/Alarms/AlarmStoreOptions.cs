namespace GovFunctions.LocalHost.Alarms;

/// <summary>Settings section <c>AlarmStore</c>: where LocalHost keeps alarms (Azure Functions uses Durable timers instead).</summary>
public sealed class AlarmStoreOptions
{
    public const string SectionName = "AlarmStore";

    /// <summary>A Table storage connection string (Azurite locally).</summary>
    public string? ConnectionString { get; set; }

    public string TableName { get; set; } = "alarms";

    /// <summary>How often the runner looks for due alarms (real time).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
