using GovFunctions.Azure.Outbox;
using GovFunctions.Core.Cases;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Outbox;

/// <summary>
/// Drives the outbox processor: each case write puts the case number on the <c>case-outbox</c> Storage queue
/// (<see cref="QueueOutboxSignal"/>), and this trigger drains that case's outbox. A repeated or late message finds
/// nothing owed and changes nothing. A case that fails is thrown back so the queue retries it, and after the
/// host's five dequeues the message goes to <c>case-outbox-poison</c>; the case keeps its outbox note, so the
/// five-minute rescan (<c>RetryCaseOutboxes</c>) still drains it — also when a signal was lost between the case
/// write and the send. Connection "OutboxQueue" signs in with the app's identity.
/// </summary>
public sealed class OutboxFunctions(CaseOutboxProcessor processor)
{
    public const string Drain = "DrainCaseOutbox";
    public const string Retry = "RetryCaseOutboxes";

    [Function(Drain)]
    public async Task DrainCaseOutbox(
        [QueueTrigger(OutboxQueueOptions.QueueName, Connection = OutboxQueueOptions.SectionName)] string caseNumber, CancellationToken cancellationToken)
    {
        if (!await processor.ProcessAsync(caseNumber, cancellationToken))
        {
            throw new InvalidOperationException($"The outbox of case {caseNumber} could not be drained; see its outbox note.");
        }
    }

    [Function(Retry)]
    public Task RetryCaseOutboxes([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        processor.RescanAsync(cancellationToken);
}
