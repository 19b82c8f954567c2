using GovFunctions.Core.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Review;

/// <summary>
/// One Durable orchestration per case (instance id = case number) keeps its alarms: it asks the case for its
/// NextAlarm, sleeps until then (never longer than a day) or until "reschedule", fires the alarm through an
/// activity when the timer wins, and continues as new, so a case that runs for months keeps a short history.
/// <para>
/// Every generation re-reads NextAlarm after the commands that raised its events were saved, so any number of
/// "reschedule" events, early or late, lead to a fresh read. The event wait takes no cancellation token: a cancelled
/// wait can swallow a later event of its name; an uncancelled one simply ends with its generation, and events that
/// arrive meanwhile are carried into the next (ContinueAsNew keeps unprocessed events). The timer is cancelled
/// synchronously when the event wins — awaiting <c>CancelAsync</c> inside an orchestrator would wait on work off the
/// orchestration's own thread and never resume.
/// </para>
/// The wait is computed by the activity against the rules' clock (<c>DueIn</c>), so the orchestration's own clock
/// only measures it: the two agree in Azure, and a test may run the rules on a clock of its own.
/// </summary>
public sealed class CaseAlarmOrchestration(ReviewService review, TimeProvider time)
{
    public const string Orchestrator = "CaseAlarms";
    public const string NextAlarmActivity = "GetNextCaseAlarm";
    public const string FireAlarmActivity = "FireCaseAlarm";
    public const string RescheduleEvent = "reschedule";

    private static readonly TimeSpan MaxSleep = TimeSpan.FromDays(1);

    /// <summary>A storage hiccup is retried within minutes (10 s, doubling, at most 5 minutes); the daily sweep is only the last resort.</summary>
    public static readonly TaskOptions Retried = new(new TaskRetryOptions(new RetryPolicy(5, TimeSpan.FromSeconds(10), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5))));

    [Function(Orchestrator)]
    public static async Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var caseNumber = context.GetInput<string>() ?? throw new InvalidOperationException("The orchestration input is the case number.");
        var next = await context.CallActivityAsync<NextCaseAlarm>(NextAlarmActivity, caseNumber, Retried);
        if (!next.Open)
        {
            return;
        }

        var alarm = next.Alarm is not null && next.DueIn <= MaxSleep ? next.Alarm : null;
        var wait = alarm is null ? MaxSleep : next.DueIn!.Value;
        if (wait > TimeSpan.Zero)
        {
            using var cancelTimer = new CancellationTokenSource();
            var timer = context.CreateTimer(context.CurrentUtcDateTime.Add(wait), cancelTimer.Token);
            var reschedule = context.WaitForExternalEvent<object?>(RescheduleEvent);
            if (await Task.WhenAny(timer, reschedule) != timer)
            {
                cancelTimer.Cancel();
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
        return new NextCaseAlarm(open, alarm, alarm is null ? null : alarm.DueAt - time.GetUtcNow());
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

/// <summary>What the orchestration learns from the case: whether it can still have alarms, the next one, and how long until it is due (negative: overdue already).</summary>
public sealed record NextCaseAlarm(bool Open, CaseAlarm? Alarm, TimeSpan? DueIn);
