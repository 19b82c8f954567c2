using Azure.Messaging.ServiceBus;
using GovFunctions.Api;
using GovFunctions.Azure.Identity;
using GovFunctions.Azure.Messaging;
using GovFunctions.Azure.Outbox;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Milestones;
using GovFunctions.Functions.Http;
using GovFunctions.Functions.Milestones;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovFunctions.Functions;

/// <summary>What the Functions app registers beside the shared services: its outbox signal, Service Bus, token validation, request limits.</summary>
public static class FunctionsAppServices
{
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGovFunctions(configuration);
        // As large as the largest material slot a guide may declare (the worker's Kestrel default is 30,000,000 bytes).
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = ServiceItemValidator.MaxMaterialSizeBytes);
        services.AddSingleton<BearerTokenValidator>();
        services.AddOptions<OutboxQueueOptions>().Bind(configuration.GetSection(OutboxQueueOptions.SectionName));
        services.AddSingleton(sp => QueueOutboxSignal.CreateQueue(sp.GetRequiredService<IOptions<OutboxQueueOptions>>().Value));
        services.AddSingleton<IOutboxSignal, QueueOutboxSignal>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value;
            return string.IsNullOrEmpty(options.ConnectionString)
                ? new ServiceBusClient(options.FullyQualifiedNamespace ?? throw new InvalidOperationException("Set ServiceBus:FullyQualifiedNamespace."), AzureCredential.Create())
                : new ServiceBusClient(options.ConnectionString);
        });
        services.AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateSender(sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.TopicName));
        services.AddSingleton<IMilestonePublisher, ServiceBusMilestonePublisher>();
        services.AddSingleton<IPoisonMessageStore, ServiceBusDeadLetters>();
        return services;
    }
}
