using Azure.Storage.Queues;
using GovFunctions.Azure.Queues;

namespace GovFunctions.IntegrationTests;

/// <summary>Province queues on Azurite under a prefix of this test class's own, created for the provinces it names and deleted afterwards.</summary>
public sealed class ProvinceQueuesFixture : IAsyncLifetime
{
    public QueueServiceClient Service { get; } = new(Emulators.StorageConnectionString);

    public ProvinceQueues Names { get; } = new("it" + Guid.NewGuid().ToString("N")[..10] + "-province-");

    public QueueClient Queue(string provinceCode) => Service.GetQueueClient(Names.Of(provinceCode));

    public QueueClient Poison(string provinceCode) => Service.GetQueueClient(Names.PoisonOf(provinceCode));

    public async Task CreateAsync(params string[] provinceCodes)
    {
        foreach (var province in provinceCodes)
        {
            await Queue(province).CreateIfNotExistsAsync();
            await Poison(province).CreateIfNotExistsAsync();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await foreach (var queue in Service.GetQueuesAsync(prefix: Names.Prefix))
        {
            await Service.DeleteQueueAsync(queue.Name);
        }
    }
}
