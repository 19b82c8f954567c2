using GovFunctions.Azure.Configuration;

namespace GovFunctions.Azure.Outbox;

/// <summary>
/// Settings section <c>OutboxQueue</c>: the Storage queue that signals the outbox driver after each case write. In
/// Azure the Functions queue trigger reads the same section as its identity-based connection
/// (<c>OutboxQueue__queueServiceUri</c>, <c>__credential</c>, <c>__clientId</c>).
/// </summary>
public sealed class OutboxQueueOptions
{
    public const string SectionName = "OutboxQueue";

    /// <summary>The queue's name; infra/ creates it, the queue trigger reads it.</summary>
    public const string QueueName = "case-outbox";

    public string? QueueServiceUri { get; set; }

    [LocalOnlySetting]
    public string? ConnectionString { get; set; }
}
