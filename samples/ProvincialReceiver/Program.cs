using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Queues;
using ProvincialReceiver;

// Reference provincial receiver (see README.md beside this file).
//   locally:  dotnet run --project samples/ProvincialReceiver -- --province 330000 [--once]
//   Azure:    dotnet run --project samples/ProvincialReceiver -- --province 330000 --servicebus-namespace <ns>.servicebus.windows.net
var options = ReceiverOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(ReceiverOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var handler = new MilestoneHandler(MilestoneSchemas.Shipped, new MilestoneInbox(options.Store), Console.Out);
if (options.ServiceBusNamespace is { } fullyQualifiedNamespace)
{
    await using var client = new ServiceBusClient(fullyQualifiedNamespace, new DefaultAzureCredential());
    await new ServiceBusSource(client, options.Topic, options.QueuePrefix + options.Province, handler, Console.Error).RunAsync(stop.Token);
}
else
{
    var queues = new QueueServiceClient(options.QueueConnection);
    var source = new StorageQueueSource(queues.GetQueueClient(options.QueuePrefix + options.Province),
        queues.GetQueueClient(options.QueuePrefix + options.Province + "-poison"), handler, options.MaxDeliveries, TimeSpan.FromSeconds(30), Console.Error);
    await source.RunAsync(options.Once, stop.Token);
}

return 0;
