namespace GovFunctions.Core.Review;

/// <summary>A 补正 request: every missing or defective material at once, with the date it lapses.</summary>
public sealed record SupplementRequest(DateTimeOffset RequestedAt, string By, IReadOnlyList<SupplementItem> Items, DateTimeOffset ExpiresAt)
{
    public DateTimeOffset? ProvidedAt { get; init; }
}

public sealed record SupplementItem(string MaterialId, string Reason);

/// <summary>A 中止 period; its working days are not counted in the review clock.</summary>
public sealed record Suspension(SuspensionReason Reason, string Note, DateTimeOffset StartedAt, string By)
{
    public DateTimeOffset? EndedAt { get; init; }
    public int? PausedWorkingDays { get; init; }

    /// <summary>What ended it, when something was learnt: a consulted third party's answer (政府信息公开条例 Art. 32).</summary>
    public string? Outcome { get; init; }
}

/// <summary>
/// Why a review is suspended: the procedures 行政许可法 第四十五条 excludes from the limit, or the applicant's own request;
/// a disclosure request's answer clock, for the consultation the 政府信息公开条例 excludes from its limit.
/// </summary>
public enum SuspensionReason
{
    Hearing,
    ExpertReview,
    Inspection,
    Testing,
    Appraisal,
    ApplicantRequest,

    /// <summary>依申请公开: a third party whose rights the disclosure may affect is consulted (政府信息公开条例 Art. 32).</summary>
    ThirdPartyConsultation,

    /// <summary>依申请公开: a fee notice awaits payment (Art. 42; 国办函〔2020〕109号 第五条).</summary>
    Fee,
}

/// <summary>The one 延期 a case may have, with the deadline it gave.</summary>
public sealed record Extension(int WorkingDays, string Reason, DateTimeOffset At, string By, DateTimeOffset NewDeadline);

public sealed record Decision(DecisionOutcome Outcome, IReadOnlyList<string> LegalBasis, string Reasons, string ResultDocument, DateTimeOffset At, string By)
{
    /// <summary>How long the review took against its limit (absent for decisions recorded before it was kept).</summary>
    public ReviewTime? ReviewTime { get; init; }

    /// <summary>Listed in the public results (结果公示).</summary>
    public bool Published { get; init; }

    /// <summary>The item's name as of the case's version.</summary>
    public string? ItemName { get; init; }
}

/// <summary>Working days a review used, from acceptance to decision with suspensions not counted, and its limit: the promised one, extension included.</summary>
public sealed record ReviewTime(int WorkingDaysUsed, int LimitWorkingDays)
{
    /// <summary>The law's limit with the extension granted (法定时限): what 按时办结 is judged against. Absent before it was kept.</summary>
    public int? StatutoryWorkingDays { get; init; }

    public static ReviewTime Of(CaseClock review, int statutoryWorkingDays, DateTimeOffset decidedAt, Calendar.WorkCalendar calendar) =>
        new(calendar.WorkingDaysBetween(review.StartedAt, decidedAt) - review.PausedWorkingDays, review.LimitWorkingDays + review.ExtensionWorkingDays)
        {
            StatutoryWorkingDays = statutoryWorkingDays + review.ExtensionWorkingDays,
        };
}

public enum DecisionOutcome
{
    Approved,
    Denied,
}

/// <summary>送达: how the result reached the applicant.</summary>
public sealed record Delivery(string Method, string? TrackingNumber, DateTimeOffset At, string By);

/// <summary>An escalation of an overdue clock, kept as a supervision record on the case.</summary>
public sealed record Escalation(ClockKind Clock, EscalationLevel Level, int Count, string DepartmentCode, string RegionCode, DateTimeOffset At);

/// <summary>Who an overdue case is raised to: first the handling department's head, then electronic supervision.</summary>
public enum EscalationLevel
{
    DepartmentHead,
    Supervision,
}
