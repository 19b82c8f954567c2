namespace GovFunctions.Core.Milestones;

/// <summary>
/// Milestones a provincial receiver could not take after its delivery limit: the <c>province-{code}-poison</c> queue
/// locally, the subscription's dead-letter queue in Azure. Kept, never dropped, until an operator requeues them.
/// </summary>
public interface IPoisonMessageStore
{
    Task<IReadOnlyList<PoisonMessage>> ListAsync(string provinceCode, int max, CancellationToken cancellationToken);

    /// <summary>Puts one poison message back in front of the province's receiver; false when there is no such message.</summary>
    Task<bool> RequeueAsync(string provinceCode, string id, CancellationToken cancellationToken);
}

/// <param name="Id">The poison store's own id of the message, for <see cref="IPoisonMessageStore.RequeueAsync"/>.</param>
/// <param name="Body">The message body as it was sent (JSON), or the raw text when it was not JSON.</param>
public sealed record PoisonMessage(string Id, string? MessageId, string? Subject, DateTimeOffset? EnqueuedAt, long DeliveryCount, string Body)
{
    /// <summary>Why the message was given up on, where the store says (Service Bus: the dead-letter reason and description).</summary>
    public string? Reason { get; init; }
}
