using Azure.Messaging.ServiceBus;
using GovFunctions.Api;
using GovFunctions.Azure.Identity;
using GovFunctions.Azure.Messaging;
using GovFunctions.Azure.Outbox;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using GovFunctions.Functions.Milestones;
using GovFunctions.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemMiddleware>();
builder.UseMiddleware<BearerAuthenticationMiddleware>();
builder.Services.AddGovFunctions(builder.Configuration);
builder.Services.AddSingleton<BearerTokenValidator>();
builder.Services.AddOptions<OutboxQueueOptions>().Bind(builder.Configuration.GetSection(OutboxQueueOptions.SectionName));
builder.Services.AddSingleton(sp => QueueOutboxSignal.CreateQueue(sp.GetRequiredService<IOptions<OutboxQueueOptions>>().Value));
builder.Services.AddSingleton<IOutboxSignal, QueueOutboxSignal>();
builder.Services.AddSingleton(sp =>
{
    var options = sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value;
    return string.IsNullOrEmpty(options.ConnectionString)
        ? new ServiceBusClient(options.FullyQualifiedNamespace ?? throw new InvalidOperationException("Set ServiceBus:FullyQualifiedNamespace."), AzureCredential.Create())
        : new ServiceBusClient(options.ConnectionString);
});
builder.Services.AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateSender(sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.TopicName));
builder.Services.AddSingleton<IMilestonePublisher, ServiceBusMilestonePublisher>();
builder.Services.AddSingleton<IPoisonMessageStore, ServiceBusDeadLetters>();

builder.Build().Run();
