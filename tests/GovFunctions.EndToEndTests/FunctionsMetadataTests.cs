using GovFunctions.Azure.Outbox;
using GovFunctions.Functions.Outbox;
using GovFunctions.Functions.Review;

namespace GovFunctions.EndToEndTests;

/// <summary>The published Functions app, as the Functions host will load it: its functions, their bindings and its extensions.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly FunctionsMetadata Published = FunctionsMetadata.Published();

    [Fact]
    public void Every_operation_LocalHost_serves_is_an_http_function_with_the_same_route_and_methods()
    {
        var functions = ApiSurface.FunctionsApp();

        Assert.Equal(ApiSurface.LocalHost().OrderBy(o => o.Name).ThenBy(o => o.Method), functions.OrderBy(o => o.Name).ThenBy(o => o.Method));
        Assert.All(Published.Functions.Where(f => f.Bindings.Any(b => b.Type == "httpTrigger")),
            f => Assert.Contains(f.Bindings, b => b.Type == "http" && b.Direction == "Out"));
    }

    [Fact]
    public void The_alarm_orchestration_its_activities_and_the_sweep_are_there()
    {
        Assert.Equal("orchestrationTrigger", Published.Named(CaseAlarmOrchestration.Orchestrator).Trigger.Type);
        Assert.Equal("activityTrigger", Published.Named(CaseAlarmOrchestration.NextAlarmActivity).Trigger.Type);
        Assert.Equal("activityTrigger", Published.Named(CaseAlarmOrchestration.FireAlarmActivity).Trigger.Type);
        var sweep = Published.Named(SupervisionSweep.Name);
        Assert.Equal(("timerTrigger", "0 30 1 * * *"), (sweep.Trigger.Type, sweep.Trigger.Schedule));
        Assert.Contains(sweep.Bindings, b => b.Type == "durableClient");
    }

    [Fact]
    public void The_outbox_is_driven_by_a_queue_trigger_and_a_timer_not_by_the_Cosmos_DB_extension()
    {
        var drain = Published.Named(OutboxFunctions.Drain).Trigger;
        Assert.Equal(("queueTrigger", OutboxQueueOptions.QueueName, OutboxQueueOptions.SectionName), (drain.Type, drain.QueueName, drain.Connection));
        Assert.Equal(("timerTrigger", "0 */5 * * * *"), (Published.Named(OutboxFunctions.Retry).Trigger.Type, Published.Named(OutboxFunctions.Retry).Trigger.Schedule));
        Assert.DoesNotContain(Published.Functions, f => f.Bindings.Any(b => b.Type.StartsWith("cosmosDB", StringComparison.Ordinal)));
        Assert.Equal(["AzureStorageQueues", "DurableTask", "Startup"], Published.Extensions.Order());
    }
}
