using Azure.Storage.Queues;
using GovFunctions.Core.Cases;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Azure.Outbox;

/// <summary>
/// Signals the outbox driver with a Storage queue message holding the case number (Base64, as the Functions queue
/// trigger reads it). A send that fails is logged and swallowed: the case write has happened, and its outbox note lets
/// the periodic rescan drain it.
/// </summary>
public sealed partial class QueueOutboxSignal(QueueClient queue, ILogger<QueueOutboxSignal> logger) : IOutboxSignal
{
    public async Task CaseChangedAsync(OwingCase owing, CancellationToken cancellationToken)
    {
        var caseNumber = owing.Saved.Case.State.Number;
        try
        {
            await queue.SendMessageAsync(caseNumber, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSignalLost(e, caseNumber);
        }
    }

    /// <summary>The signal queue (<paramref name="queueName"/> only differs in tests, which keep a queue of their own).</summary>
    public static QueueClient CreateQueue(OutboxQueueOptions options, string queueName = OutboxQueueOptions.QueueName)
    {
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            return new QueueClient(options.ConnectionString, queueName, clientOptions);
        }

        return Uri.TryCreate(options.QueueServiceUri, UriKind.Absolute, out var service)
            ? new QueueClient(new Uri(service, queueName), Identity.AzureCredential.Create(), clientOptions)
            : throw new InvalidOperationException("Set OutboxQueue:QueueServiceUri (Azure) or OutboxQueue:ConnectionString (local emulator).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signalling the outbox of case {CaseNumber} failed; the periodic rescan drains it")]
    private partial void LogSignalLost(Exception exception, string caseNumber);
}
