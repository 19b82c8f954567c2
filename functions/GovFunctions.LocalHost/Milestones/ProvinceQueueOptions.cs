using GovFunctions.Azure.Queues;

namespace GovFunctions.LocalHost.Milestones;

/// <summary>Settings section <c>ProvinceQueues</c>: the Storage queues (Azurite) LocalHost publishes milestones to, one per province.</summary>
public sealed class ProvinceQueueOptions
{
    public const string SectionName = "ProvinceQueues";

    public string? ConnectionString { get; set; }

    /// <summary>Queue names are this prefix + the province code; the poison queue adds "-poison".</summary>
    public string QueuePrefix { get; set; } = ProvinceQueues.DefaultPrefix;

    /// <summary>Create every province's queue and poison queue at start-up.</summary>
    public bool CreateQueues { get; set; }
}
