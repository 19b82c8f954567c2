namespace GovFunctions.Core.Review;

/// <summary>
/// Where alarms wait for their time in hosts without Durable timers (LocalHost). An alarm is keyed by its case
/// and the case version it was computed for, so scheduling the same alarm twice keeps one, and an alarm left
/// behind by a newer version is stale and harmless when it fires.
/// </summary>
public interface IAlarmStore
{
    Task ScheduleAsync(CaseAlarm alarm, CancellationToken cancellationToken);

    /// <summary>Alarms due at or before <paramref name="now"/>, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<CaseAlarm>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task RemoveAsync(CaseAlarm alarm, CancellationToken cancellationToken);
}
