using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Cases;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Outbox;

/// <summary>
/// Drives the outbox processor from the Cosmos DB change feed of the <c>cases</c> container: each changed case
/// whose outbox holds work is drained. The processor's own write (clearing the outbox) comes back through the
/// feed with an empty outbox and is skipped. Connection "Cosmos" signs in with the app's identity
/// (<c>Cosmos__accountEndpoint</c>, <c>Cosmos__credential</c>, <c>Cosmos__clientId</c>). Every five minutes
/// the cases still owing work are retried (a publish that failed, a province that waited out its backoff).
/// </summary>
public sealed class OutboxFunctions(CaseOutboxProcessor processor)
{
    [Function("DrainCaseOutboxes")]
    public async Task DrainCaseOutboxes(
        [CosmosDBTrigger("%Cosmos:DatabaseName%", CosmosContainers.Cases, Connection = "Cosmos", LeaseContainerName = CosmosContainers.Leases)]
        IReadOnlyList<JsonElement> changed,
        CancellationToken cancellationToken)
    {
        foreach (var document in changed)
        {
            if (document.TryGetProperty("outbox", out var outbox)
                && (outbox.GetProperty("viewsOutdated").GetBoolean() || outbox.GetProperty("messages").GetArrayLength() > 0))
            {
                await processor.ProcessAsync(document.GetProperty("id").GetString()!, cancellationToken);
            }
        }
    }

    [Function("RetryCaseOutboxes")]
    public Task RetryCaseOutboxes([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        processor.RescanAsync(cancellationToken);
}
