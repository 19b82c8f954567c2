using GovFunctions.Core.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Review;

/// <summary>
/// One Durable orchestration per case (instance id = case number) keeps its alarms: it asks the case for its
/// NextAlarm, sleeps until then (never longer than a day) or until "reschedule", fires the alarm through an
/// activity when the timer wins, and continues as new, so a case that runs for months keeps a short history.
/// Every wake-up re-reads NextAlarm from the case, so a lost or swallowed "reschedule" (a cancelled
/// WaitForExternalEvent can consume a later event of its name in the isolated worker) delays nothing by more
/// than the day-long re-check.
/// </summary>
public sealed class CaseAlarmOrchestration(ReviewService review)
{
    public const string Orchestrator = "CaseAlarms";
    public const string NextAlarmActivity = "GetNextCaseAlarm";
    public const string FireAlarmActivity = "FireCaseAlarm";
    public const string RescheduleEvent = "reschedule";

    private static readonly TimeSpan MaxSleep = TimeSpan.FromDays(1);

    /// <summary>A storage hiccup is retried within minutes; the daily sweep is only the last resort.</summary>
    private static readonly TaskOptions Retried = new(new TaskRetryOptions(new RetryPolicy(5, TimeSpan.FromSeconds(10), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5))));

    [Function(Orchestrator)]
    public static async Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var caseNumber = context.GetInput<string>() ?? throw new InvalidOperationException("The orchestration input is the case number.");
        var next = await context.CallActivityAsync<NextCaseAlarm>(NextAlarmActivity, caseNumber, Retried);
        if (!next.Open)
        {
            return;
        }

        var recheckAt = context.CurrentUtcDateTime.Add(MaxSleep);
        var alarm = next.Alarm is { } due && due.DueAt.UtcDateTime <= recheckAt ? due : null;
        var wakeAt = alarm?.DueAt.UtcDateTime ?? recheckAt;
        if (wakeAt > context.CurrentUtcDateTime)
        {
            using var stopWaiting = new CancellationTokenSource();
            var timer = context.CreateTimer(wakeAt, stopWaiting.Token);
            var reschedule = context.WaitForExternalEvent<object?>(RescheduleEvent, stopWaiting.Token);
            var woken = await Task.WhenAny(timer, reschedule);
            await stopWaiting.CancelAsync();
            if (woken != timer)
            {
                context.ContinueAsNew(caseNumber);
                return;
            }
        }

        if (alarm is not null)
        {
            await context.CallActivityAsync(FireAlarmActivity, alarm, Retried);
        }

        context.ContinueAsNew(caseNumber);
    }

    [Function(NextAlarmActivity)]
    public async Task<NextCaseAlarm> GetNextCaseAlarm([ActivityTrigger] string caseNumber, CancellationToken cancellationToken)
    {
        var (open, alarm) = await review.NextAlarmAsync(caseNumber, cancellationToken);
        return new NextCaseAlarm(open, alarm);
    }

    /// <summary>AlarmFired through the application service: stale (the case moved on) or early, it does nothing.</summary>
    [Function(FireAlarmActivity)]
    public async Task FireCaseAlarm([ActivityTrigger] CaseAlarm alarm, CancellationToken cancellationToken) =>
        await review.FireAlarmAsync(alarm, cancellationToken);

    /// <summary>After a command changed the case: wakes its orchestration to re-read NextAlarm, or starts one if none runs.</summary>
    public static async Task RescheduleAsync(DurableTaskClient client, string caseNumber, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(caseNumber, getInputsAndOutputs: false, cancellationToken);
        if (instance is { IsCompleted: false })
        {
            await client.RaiseEventAsync(caseNumber, RescheduleEvent, eventPayload: null, cancellationToken);
        }
        else
        {
            await client.ScheduleNewOrchestrationInstanceAsync(Orchestrator, caseNumber, new StartOrchestrationOptions(caseNumber), cancellationToken);
        }
    }
}

/// <summary>What the orchestration learns from the case: whether it can still have alarms, and the next one.</summary>
public sealed record NextCaseAlarm(bool Open, CaseAlarm? Alarm);
