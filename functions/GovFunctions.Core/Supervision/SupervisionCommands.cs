using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Supervision;

/// <summary>整改报告: what the department corrected.</summary>
public sealed record CardCorrectionCommand([property: MaxLength(CardDecisions.MaxTextLength)] string? Report);

/// <param name="Outcome"><c>confirmed</c> closes the card; <c>returned</c> sends the report back, the card staying open.</param>
public sealed record CardReviewCommand([property: MaxLength(20)] string? Outcome, [property: MaxLength(CardDecisions.MaxTextLength)] string? Note);

/// <summary>督办单: why, what the department must do, and within how many working days it answers.</summary>
public sealed record NoticeCommand(
    [property: MaxLength(CardDecisions.MaxTextLength)] string? Reason,
    [property: MaxLength(CardDecisions.MaxTextLength)] string? Requirement,
    [property: Range(1, NoticeDecisions.MaxResponseWorkingDays)] int? ResponseWorkingDays);

/// <summary>The department's answer to a notice.</summary>
public sealed record NoticeAnswerCommand([property: MaxLength(CardDecisions.MaxTextLength)] string? Answer);

/// <summary>督办 on a department: the department, and the notice.</summary>
public sealed record DepartmentNoticeCommand(
    [property: MaxLength(InputLimits.Code)] string? DepartmentCode,
    [property: MaxLength(CardDecisions.MaxTextLength)] string? Reason,
    [property: MaxLength(CardDecisions.MaxTextLength)] string? Requirement,
    [property: Range(1, NoticeDecisions.MaxResponseWorkingDays)] int? ResponseWorkingDays)
{
    public NoticeCommand Notice => new(Reason, Requirement, ResponseWorkingDays);
}
