using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Review;

/// <summary>
/// The statutory clock running on a case: acceptance, review or delivery. Its deadline is midnight (Beijing)
/// after the last working day of its limit, moved on by the working days it was paused (suspension) and by a
/// granted extension.
/// </summary>
public sealed record CaseClock(ClockKind Kind, DateTimeOffset StartedAt, int LimitWorkingDays, DateTimeOffset Deadline)
{
    /// <summary>How far the clock's alarms have gone: yellow, then red.</summary>
    public AlarmLevel Level { get; init; }

    /// <summary>Escalations raised while this clock was overdue.</summary>
    public int Escalations { get; init; }

    /// <summary>Working days not counted because the case was suspended (行政许可法 第四十五条).</summary>
    public int PausedWorkingDays { get; init; }

    public int ExtensionWorkingDays { get; init; }

    /// <summary>The deadline is reckoned over a year without a published holiday notice (预计): a portal shows it as expected.</summary>
    public bool Provisional { get; init; }

    /// <summary>A clock of <paramref name="limitWorkingDays"/> starting at <paramref name="start"/>.</summary>
    public static CaseClock Start(ClockKind kind, DateTimeOffset start, int limitWorkingDays, WorkCalendar calendar)
    {
        var deadline = calendar.DeadlineAfter(start, limitWorkingDays);
        return new CaseClock(kind, start, limitWorkingDays, deadline) { Provisional = calendar.IsProvisional(start, deadline) };
    }

    /// <summary>Working days from the start to the deadline's last day: the limit, the paused days and the extension.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int SpanWorkingDays => LimitWorkingDays + PausedWorkingDays + ExtensionWorkingDays;
}

public enum ClockKind
{
    /// <summary>From submission (or a supplement) to the acceptance decision.</summary>
    Acceptance,

    /// <summary>From acceptance to the decision.</summary>
    Review,

    /// <summary>From the decision to delivery of the result.</summary>
    Delivery,

    /// <summary>差评整改: from a poor rating to the department's call-back (回访核实).</summary>
    CallBack,

    /// <summary>差评整改: from a poor rating to the department's outcome.</summary>
    Rectification,

    /// <summary>投诉: from filing to supervision's acceptance or refusal.</summary>
    ComplaintAcceptance,

    /// <summary>投诉: from the assignment (or a returned answer) to the department's answer.</summary>
    ComplaintHandling,

    /// <summary>依申请公开: from receipt to the answer (政府信息公开条例 Art. 33), extended once.</summary>
    DisclosureAnswer,
}

public static class ClockKinds
{
    /// <summary>A clock of a rectification, which runs beside the case's own (<see cref="Participation.Rectification.Clock"/>).</summary>
    public static bool IsRectification(ClockKind kind) => kind is ClockKind.CallBack or ClockKind.Rectification;
}

/// <summary>预警 / 超期: the colour a clock shows.</summary>
public enum AlarmLevel
{
    None,
    Warning,
    Overdue,
}
