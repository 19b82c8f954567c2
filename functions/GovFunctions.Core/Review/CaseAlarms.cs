using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Review;

/// <summary>
/// NextAlarm and AlarmFired: when a case's clocks next need the platform to act, and what it records then.
/// Pure: the calendar and the warning thresholds are passed in.
/// </summary>
public static class CaseAlarms
{
    /// <summary>
    /// The earliest of the case clock's next alarm, an unanswered 督办单's deadline and a rectification's clock (in that
    /// order when they fall together).
    /// </summary>
    public static CaseAlarm? Next(CaseState state, WorkCalendar calendar, AlarmOptions options) =>
        new[]
        {
            ClockAlarm(state, calendar, options),
            PendingNotice(state) is { } pending ? new CaseAlarm(state.Number, AlarmKind.NoticeOverdue, null, pending.Deadline, state.Version) : null,
            state.Rectification?.Clock is { } rectification ? AlarmOf(state, rectification, calendar, options) : null,
        }.OfType<CaseAlarm>().MinBy(a => a.DueAt);

    /// <summary>The unanswered notice whose deadline comes first among those not yet escalated.</summary>
    private static SupervisionNotice? PendingNotice(CaseState state) =>
        state.Notices.Where(n => n.IsOpen && n.EscalatedTo is null).MinBy(n => n.Deadline);

    private static CaseAlarm? ClockAlarm(CaseState state, WorkCalendar calendar, AlarmOptions options)
    {
        if (state.Stage == CaseStage.SupplementRequested && state.Supplement is { } supplement)
        {
            return new CaseAlarm(state.Number, AlarmKind.SupplementExpiry, null, supplement.ExpiresAt, state.Version);
        }

        if (state.Disclosure?.LapsesAt is { } lapses)
        {
            return new CaseAlarm(state.Number, AlarmKind.DisclosureLapse, null, lapses, state.Version);
        }

        if (state.Clock is not { } clock || state.OpenSuspension is not null)
        {
            return null;
        }

        var clockAlarm = AlarmOf(state, clock, calendar, options);

        // The current step's own deadline, when it falls first and has not been noticed yet.
        return options.YellowCardOnStepOverdue && state.CurrentStep is { Overran: false } step && step.Deadline < clockAlarm.DueAt
            ? new CaseAlarm(state.Number, AlarmKind.StepOverdue, null, step.Deadline, state.Version)
            : clockAlarm;
    }

    /// <summary>A clock's next alarm: its warning, then its deadline, then an escalation at the end of every further working day.</summary>
    private static CaseAlarm AlarmOf(CaseState state, CaseClock clock, WorkCalendar calendar, AlarmOptions options) => clock.Level switch
    {
        AlarmLevel.None => new CaseAlarm(state.Number, AlarmKind.Warning, clock.Kind, WarningAt(clock, calendar, options), state.Version),
        AlarmLevel.Warning => new CaseAlarm(state.Number, AlarmKind.Overdue, clock.Kind, clock.Deadline, state.Version),
        // Escalation n falls at the end of the n-th working day after the deadline.
        _ => new CaseAlarm(state.Number, AlarmKind.Escalation, clock.Kind, calendar.Extend(clock.Deadline, clock.Escalations + 1), state.Version),
    };

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

        // The alarm's clock is the case's own, or its rectification's, which raises no card (cards are the case's) and
        // escalates against the department that owes the rectification; a complaint's or a disclosure request's clocks raise no card either (their handling is counted, not carded).
        var rectification = alarm.Clock is { } kind && ClockKinds.IsRectification(kind) ? state.Rectification : null;
        var clock = rectification?.Clock ?? state.Clock;
        var carded = rectification is null && state.IsApplication;
        var (department, region) = rectification is { } owed ? (owed.DepartmentCode, owed.RegionCode) : state.HandlingDepartment;
        return alarm.Kind switch
        {
            AlarmKind.SupplementExpiry => new AcceptanceRefused(now, CaseEvent.Platform,
                "补正期限届满，申请人未在期限内补正材料，不予受理。The supplement period lapsed without the listed materials."),
            AlarmKind.DisclosureLapse => new DisclosureLapsed(now, CaseEvent.Platform),
            AlarmKind.Warning => new ClockWarned(now, CaseEvent.Platform, clock!.Kind, calendar.WorkingDaysLeft(now, clock.Deadline))
            {
                Card = carded && options.YellowCardOnWarning ? Card(state, CardColour.Yellow, CardRule.ClockWarned, now) with { Clock = clock.Kind } : null,
            },
            AlarmKind.Overdue => new ClockOverdue(now, CaseEvent.Platform, clock!.Kind)
            {
                Card = carded && options.RedCardOnOverdue ? Card(state, CardColour.Red, CardRule.ClockOverdue, now) with { Clock = clock.Kind } : null,
            },
            // The alarm is Next, so the notice it was computed for is still pending.
            AlarmKind.NoticeOverdue => Escalate(PendingNotice(state)!, now),
            AlarmKind.StepOverdue => new StepOverran(now, CaseEvent.Platform, state.CurrentStep!.Index, state.CurrentStep.Step,
                Card(state, CardColour.Yellow, CardRule.StepOverdue, now) with { Step = state.CurrentStep.Step }),
            _ => Escalate(clock!, department, region, now),
        };
    }

    /// <summary>An unanswered notice past its deadline goes to the supervision level above the one that issued it.</summary>
    private static NoticeOverdue Escalate(SupervisionNotice notice, DateTimeOffset now) =>
        new(now, CaseEvent.Platform, notice.Number, RegionDirectory.LevelAbove(notice.RegionCode));

    /// <summary>The case's next card, against the department handling it now.</summary>
    private static SupervisionCard Card(CaseState state, CardColour colour, CardRule rule, DateTimeOffset now)
    {
        var (department, region) = state.HandlingDepartment;
        return new SupervisionCard(state.Cards.Count + 1, colour, rule, department, region, now);
    }

    private static DateTimeOffset WarningAt(CaseClock clock, WorkCalendar calendar, AlarmOptions options) =>
        ChinaTime.StartOf(calendar.WorkingDaysBefore(WorkCalendar.LastDayOf(clock.Deadline), options.WarningWorkingDays(clock.Kind)));

    /// <summary>The first escalation goes to the department's head, every later one to supervision.</summary>
    private static CaseEscalated Escalate(CaseClock clock, string department, string region, DateTimeOffset now)
    {
        var count = clock.Escalations + 1;
        return new CaseEscalated(now, CaseEvent.Platform, clock.Kind, count == 1 ? EscalationLevel.DepartmentHead : EscalationLevel.Supervision,
            count, department, region);
    }
}
