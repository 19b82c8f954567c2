using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Functions.Review;

/// <summary>
/// Daily supervision sweep: every open case (the per-province in-progress lists) must have a live alarm
/// orchestration; one that is missing, failed or terminated is started again, so no case is forgotten.
/// </summary>
public sealed partial class SupervisionSweep(ReviewService review, RegionDirectory regions, ILogger<SupervisionSweep> logger)
{
    public const string Name = "SweepCaseAlarms";

    /// <summary>01:30 UTC (09:30 Beijing), after the night's work and before the morning's.</summary>
    [Function(Name)]
    public async Task RunAsync([TimerTrigger("0 30 1 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var restarted = 0;
        foreach (var province in regions.ProvinceCodes)
        {
            foreach (var caseNumber in await review.ListInProgressAsync(province, cancellationToken))
            {
                var instance = await client.GetInstanceAsync(caseNumber, getInputsAndOutputs: false, cancellationToken);
                if (instance is null || instance.IsCompleted)
                {
                    await CaseAlarmOrchestration.RescheduleAsync(client, caseNumber, cancellationToken);
                    LogRestarted(caseNumber, instance?.RuntimeStatus.ToString() ?? "missing");
                    restarted++;
                }
            }
        }

        LogSwept(restarted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseNumber} had no live alarm orchestration ({Status}); started one")]
    private partial void LogRestarted(string caseNumber, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision sweep done: {Restarted} alarm orchestrations restarted")]
    private partial void LogSwept(int restarted);
}
