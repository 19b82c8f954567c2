using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Review;

/// <summary>
/// NextAlarm and AlarmFired: when a case's clocks next need the platform to act, and what it records then.
/// Pure: the calendar and the warning thresholds are passed in.
/// </summary>
public static class CaseAlarms
{
    public static CaseAlarm? Next(CaseState state, WorkCalendar calendar, AlarmOptions options)
    {
        if (state.Stage == CaseStage.SupplementRequested && state.Supplement is { } supplement)
        {
            return new CaseAlarm(state.Number, AlarmKind.SupplementExpiry, null, supplement.ExpiresAt, state.Version);
        }

        if (state.Clock is not { } clock || state.OpenSuspension is not null)
        {
            return null;
        }

        return clock.Level switch
        {
            AlarmLevel.None => new CaseAlarm(state.Number, AlarmKind.Warning, clock.Kind, WarningAt(clock, calendar, options), state.Version),
            AlarmLevel.Warning => new CaseAlarm(state.Number, AlarmKind.Overdue, clock.Kind, clock.Deadline, state.Version),
            // Escalation n falls at the end of the n-th working day after the deadline.
            _ => new CaseAlarm(state.Number, AlarmKind.Escalation, clock.Kind, calendar.Extend(clock.Deadline, clock.Escalations + 1), state.Version),
        };
    }

    /// <summary>
    /// The event an alarm records, or null when the alarm is stale (computed for another version of the case) or
    /// not due yet.
    /// </summary>
    public static CaseEvent? Fire(CaseState state, CaseAlarm alarm, WorkCalendar calendar, AlarmOptions options, DateTimeOffset now)
    {
        if (alarm.ForVersion != state.Version || alarm.DueAt > now || Next(state, calendar, options) != alarm)
        {
            return null;
        }

        var clock = state.Clock;
        return alarm.Kind switch
        {
            AlarmKind.SupplementExpiry => new AcceptanceRefused(now, CaseEvent.Platform,
                "补正期限届满，申请人未在期限内补正材料，不予受理。The supplement period lapsed without the listed materials."),
            AlarmKind.Warning => new ClockWarned(now, CaseEvent.Platform, clock!.Kind, calendar.WorkingDaysLeft(now, clock.Deadline)),
            AlarmKind.Overdue => new ClockOverdue(now, CaseEvent.Platform, clock!.Kind),
            _ => Escalate(state, clock!, now),
        };
    }

    private static DateTimeOffset WarningAt(CaseClock clock, WorkCalendar calendar, AlarmOptions options) =>
        ChinaTime.StartOf(calendar.WorkingDaysBefore(WorkCalendar.LastDayOf(clock.Deadline), options.WarningWorkingDays(clock.Kind)));

    private static CaseEscalated Escalate(CaseState state, CaseClock clock, DateTimeOffset now)
    {
        var count = clock.Escalations + 1;
        var (department, region) = state.HandlingDepartment;
        return new CaseEscalated(now, CaseEvent.Platform, clock.Kind, count == 1 ? EscalationLevel.DepartmentHead : EscalationLevel.Supervision,
            count, department, region);
    }
}
