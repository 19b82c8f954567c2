namespace GovFunctions.Core.Milestones;

/// <summary>Sends milestones to the provincial systems: a Service Bus topic in Azure, a queue per province locally.</summary>
public interface IMilestonePublisher
{
    /// <summary>Sends one milestone; any exception means it may not have arrived (sending it again is safe: same MessageId).</summary>
    Task PublishAsync(MilestoneEnvelope milestone, CancellationToken cancellationToken);
}
