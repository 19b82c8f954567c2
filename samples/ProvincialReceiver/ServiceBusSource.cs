using Azure.Messaging.ServiceBus;

namespace ProvincialReceiver;

/// <summary>
/// Takes a province's milestones from its Service Bus subscription (<c>province-{code}</c> on topic
/// <c>case-milestones</c>). The subscription requires sessions (SessionId = case number), so one case's milestones
/// arrive in order; a message that fails is abandoned and, after the subscription's maximum delivery count,
/// dead-lettered by Service Bus (the platform's ListPoisonMessages shows it).
/// </summary>
public sealed class ServiceBusSource(ServiceBusClient client, string topic, string subscription, MilestoneHandler handler, TextWriter log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var processor = client.CreateSessionProcessor(topic, subscription, new ServiceBusSessionProcessorOptions
        {
            AutoCompleteMessages = false,
            MaxConcurrentSessions = 8,
        });
        processor.ProcessMessageAsync += async args =>
        {
            await handler.HandleAsync(args.Message.Subject ?? "", args.Message.Body.ToString(), args.CancellationToken);
            await args.CompleteMessageAsync(args.Message, args.CancellationToken);
        };
        processor.ProcessErrorAsync += args => log.WriteLineAsync($"Receiving failed ({args.ErrorSource}): {args.Exception.Message}");
        await processor.StartProcessingAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await processor.StopProcessingAsync(CancellationToken.None);
        }
    }
}
