using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Review;

/// <summary>
/// Keeps a case's next alarm scheduled as the case changes. The outbox processor calls it before it clears a
/// change, so a crash can repeat a scheduling, never lose one. Hosts whose alarms run elsewhere (the Durable
/// orchestration per case, which asks for NextAlarm itself) register none.
/// </summary>
public interface ICaseAlarmScheduler
{
    Task ScheduleAsync(CaseState state, CancellationToken cancellationToken);
}
