using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Review;

/// <summary>Keeps each case's NextAlarm in an <see cref="IAlarmStore"/> (LocalHost's stand-in for Durable timers).</summary>
public sealed class StoredAlarmScheduler(IAlarmStore store, WorkCalendars calendars, IOptions<AlarmOptions> options) : ICaseAlarmScheduler
{
    public async Task ScheduleAsync(CaseState state, CancellationToken cancellationToken)
    {
        if (CaseAlarms.Next(state, calendars.ForCase(state), options.Value) is { } alarm)
        {
            await store.ScheduleAsync(alarm, cancellationToken);
        }
    }
}
