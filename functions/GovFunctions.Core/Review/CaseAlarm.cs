namespace GovFunctions.Core.Review;

/// <summary>
/// The next time-based trigger of a case, computed from one version of it. Fired against any other version it
/// is stale and does nothing, so a late, repeated or superseded alarm can never act twice or act wrongly.
/// </summary>
public sealed record CaseAlarm(string CaseNumber, AlarmKind Kind, ClockKind? Clock, DateTimeOffset DueAt, int ForVersion);

public enum AlarmKind
{
    /// <summary>The clock turns yellow.</summary>
    Warning,

    /// <summary>The clock turns red at its deadline.</summary>
    Overdue,

    /// <summary>Every further working day overdue raises the case one level.</summary>
    Escalation,

    /// <summary>The current review step ran past its step limit: a yellow card.</summary>
    StepOverdue,

    /// <summary>A 督办单 reached its response deadline unanswered: escalated a level.</summary>
    NoticeOverdue,

    /// <summary>The 补正 period lapsed without a supplement: the case closes as not accepted.</summary>
    SupplementExpiry,

    /// <summary>依申请公开: the correction period (Art. 30) or the time to pay a fee (国办函〔2020〕109号) ran out: the request is treated as abandoned.</summary>
    DisclosureLapse,
}
