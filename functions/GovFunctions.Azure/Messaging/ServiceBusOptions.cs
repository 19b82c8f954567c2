using GovFunctions.Azure.Configuration;

namespace GovFunctions.Azure.Messaging;

/// <summary>
/// Settings section <c>ServiceBus</c>: the topic milestones are published to in Azure (one subscription per
/// province, created by infra/), reached with the app's managed identity.
/// </summary>
public sealed class ServiceBusOptions
{
    public const string SectionName = "ServiceBus";

    public string? FullyQualifiedNamespace { get; set; }

    public string TopicName { get; set; } = "case-milestones";

    /// <summary>Subscriptions are named this prefix + the province code (e.g. province-330000).</summary>
    public string SubscriptionPrefix { get; set; } = "province-";

    /// <summary>Only for a local Service Bus emulator; in Azure the namespace and identity are used.</summary>
    [LocalOnlySetting]
    public string? ConnectionString { get; set; }
}
