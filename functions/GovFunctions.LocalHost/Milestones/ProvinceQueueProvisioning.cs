using Azure.Storage.Queues;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Options;

namespace GovFunctions.LocalHost.Milestones;

/// <summary>Creates <c>province-{code}</c> and <c>province-{code}-poison</c> for the national level and every province, before the outbox starts publishing.</summary>
public sealed partial class ProvinceQueueProvisioning(
    QueueServiceClient queues, ProvinceQueues names, RegionDirectory regions, IOptions<ProvinceQueueOptions> options, ILogger<ProvinceQueueProvisioning> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateQueues)
        {
            return;
        }

        var provinces = regions.ProvinceCodes.ToList();
        foreach (var province in provinces)
        {
            await queues.GetQueueClient(names.Of(province)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await queues.GetQueueClient(names.PoisonOf(province)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        LogCreated(provinces.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ensured the milestone queues of {Provinces} provinces exist")]
    private partial void LogCreated(int provinces);
}
