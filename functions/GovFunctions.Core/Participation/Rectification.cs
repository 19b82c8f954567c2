using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Participation;

/// <summary>
/// 差评整改 (国办发〔2019〕51号: 差评 are verified, rectified and answered — "谁办理、谁负责"): opened by a poor rating, owned by
/// the department that served the applicant. It first owes a call-back (回访核实) within the call-back limit, then one
/// outcome within the rectification limit from the rating: rectified (整改), explained (解释说明) or appealed (申诉), which a
/// supervisor decides. Its running limit is a <see cref="CaseClock"/> of the case's own calendar, with the case's warnings,
/// overdue marks and escalations.
/// </summary>
/// <param name="LimitWorkingDays">The outcome's limit from the rating, <paramref name="Deadline"/> its end.</param>
public sealed record Rectification(string DepartmentCode, string RegionCode, DateTimeOffset OpenedAt, int LimitWorkingDays, DateTimeOffset Deadline)
{
    /// <summary>The limit running now: the call-back's, then the outcome's; none once concluded.</summary>
    public CaseClock? Clock { get; init; }

    public RatingCallBack? CallBack { get; init; }

    public RectificationOutcome? Outcome { get; init; }

    /// <summary>Supervision's decision on an appeal (申诉).</summary>
    public AppealDecision? Appeal { get; init; }

    /// <summary>The applicant's one rating of how the poor rating was handled.</summary>
    public HandlingRating? HandlingRating { get; init; }

    /// <summary>Still owed by the department, or by supervision (an appeal not yet decided).</summary>
    public bool IsOpen => Outcome is null || Outcome.Kind == RectificationKind.Appealed && Appeal is null;

    /// <summary>Concluded by the department within its limit.</summary>
    public bool ConcludedOnTime => Outcome is { } outcome && outcome.At <= Deadline;

    /// <summary>The outcome is final: concluded, and an appeal decided.</summary>
    public bool IsSettled => Outcome is not null && !IsOpen;
}

/// <summary>回访核实: when and how the department reached the applicant, and what was learnt.</summary>
public sealed record RatingCallBack(DateTimeOffset ContactedAt, string Channel, string Summary, DateTimeOffset At, string By);

public sealed record RectificationOutcome(RectificationKind Kind, string Text, DateTimeOffset At, string By);

/// <summary>What the department did about the poor rating.</summary>
public enum RectificationKind
{
    /// <summary>整改: what was wrong was fixed.</summary>
    Rectified,

    /// <summary>解释说明: the rating rests on a misunderstanding, or on a request without legal basis.</summary>
    Explained,

    /// <summary>申诉: the rating is malicious or mistaken; supervision is asked to void it.</summary>
    Appealed,
}

/// <param name="Upheld">The appeal stands: the rating is voided (it stays in the history, marked).</param>
public sealed record AppealDecision(bool Upheld, string Reasons, DateTimeOffset At, string By);

public sealed record HandlingRating(HandlingLevel Level, DateTimeOffset At, string By);

/// <summary>How the applicant found the handling of their poor rating.</summary>
public enum HandlingLevel
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

/// <param name="ContactedAt">When the applicant was reached (not in the future, not before the rating).</param>
/// <param name="Channel">phone, sms, visit or online.</param>
public sealed record CallBackCommand(
    DateTimeOffset? ContactedAt,
    [property: MaxLength(20)] string? Channel,
    [property: MaxLength(RectificationDecisions.MaxTextLength)] string? Summary);

/// <param name="Outcome">rectified, explained or appealed.</param>
public sealed record RectificationCommand(
    [property: MaxLength(20)] string? Outcome,
    [property: MaxLength(RectificationDecisions.MaxTextLength)] string? Text);

/// <param name="Decision">upheld (the rating is voided) or rejected (it stands).</param>
public sealed record AppealDecisionCommand(
    [property: MaxLength(20)] string? Decision,
    [property: MaxLength(RectificationDecisions.MaxTextLength)] string? Reasons);

/// <param name="Level">satisfied, basicallySatisfied or dissatisfied.</param>
public sealed record HandlingRatingCommand([property: MaxLength(30)] string? Level);
