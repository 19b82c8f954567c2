using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// 投诉: a complaint about a case, a department, a window or a service item, handled by the supervision of the region
/// of the department concerned. Supervision accepts (or declines, with reasons) within the acceptance limit and assigns
/// it to that department, which answers within the handling limit; supervision closes it on the answer or returns the
/// answer. The complainant follows it by number and query code (or their sign-in) and rates the handling once.
/// </summary>
/// <param name="Complainant">The signed-in complainant's subject; none for an anonymous complaint.</param>
/// <param name="Contact">How to reach an anonymous complainant (or a signed-in one who gave it): personal data, never shown beyond supervision and the department.</param>
/// <param name="Publishable">The complainant agreed, at filing, that the question and answer may be published de-identified once closed.</param>
public sealed record Complaint(
    ComplaintTarget About,
    string Text,
    string? Complainant,
    ComplaintContact? Contact,
    bool Publishable,
    DateTimeOffset FiledAt)
{
    public ComplaintStatus Status { get; init; } = ComplaintStatus.Filed;

    /// <summary>Supervision's acceptance or refusal, with its note or reasons.</summary>
    public ComplaintDecision? Acceptance { get; init; }

    /// <summary>The department answering, once assigned.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>Every answer given, the returned ones with why they were returned.</summary>
    public IReadOnlyList<ComplaintAnswer> Answers { get; init; } = [];

    /// <summary>The deadline of the handling limit, from the assignment: an answer accepted after it was late.</summary>
    public DateTimeOffset? HandlingDeadline { get; init; }

    public ComplaintDecision? Closure { get; init; }

    public HandlingRating? HandlingRating { get; init; }

    /// <summary>The natural persons' names the case it is about names (applicant, contact): masked wherever the complaint is published.</summary>
    [StoredOnly]
    public IReadOnlyList<string> PersonNames { get; init; } = [];

    public bool IsOpen => Status is not (ComplaintStatus.Declined or ComplaintStatus.Closed);

    /// <summary>Closed on an answer given within the handling limit.</summary>
    public bool ClosedOnTime => Status == ComplaintStatus.Closed && Answers.LastOrDefault() is { } answer && answer.At <= HandlingDeadline;
}

public enum ComplaintStatus
{
    /// <summary>Awaiting supervision's acceptance; the acceptance clock runs.</summary>
    Filed,

    /// <summary>Accepted; to be assigned to the department concerned.</summary>
    Accepted,

    /// <summary>With the department, which owes the answer; the handling clock runs.</summary>
    Assigned,

    /// <summary>Answered; supervision reviews the answer (closes it or returns it).</summary>
    Answered,

    Closed,

    /// <summary>Not accepted (不予受理), with reasons.</summary>
    Declined,
}

/// <param name="Kind">case, department, window or item.</param>
/// <param name="CaseNumber">The complainant's own case, when it is about one.</param>
/// <param name="DepartmentCode">The department concerned: named, or the one that has the case or owns the item.</param>
/// <param name="ItemCode">The service item, when it is about one.</param>
/// <param name="Window">The window (窗口) named, when it is about one.</param>
public sealed record ComplaintTarget(string Kind, string? CaseNumber, string DepartmentCode, string? ItemCode, string? Window)
{
    /// <summary>The natural persons the case names, whose names publication masks.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> PersonNames { get; init; } = [];
}

/// <param name="Channel">phone, email or post.</param>
public sealed record ComplaintContact(string Channel, string Value);

public sealed record ComplaintDecision(string Text, DateTimeOffset At, string By);

/// <param name="ReturnedBecause">Why supervision sent it back, when it did.</param>
public sealed record ComplaintAnswer(string Text, DateTimeOffset At, string By)
{
    public string? ReturnedBecause { get; init; }
}

/// <summary>What a complainant files. <paramref name="About"/>: case, department, window or item, with the matching field.</summary>
public sealed record ComplaintCommand(
    [property: MaxLength(InputLimits.Word)] string? About,
    [property: MaxLength(InputLimits.Code)] string? CaseNumber,
    [property: MaxLength(InputLimits.Code)] string? DepartmentCode,
    [property: MaxLength(InputLimits.Code)] string? ItemCode,
    [property: MaxLength(InputLimits.ShortText)] string? Window,
    [property: MaxLength(ComplaintDecisions.MaxTextLength)] string? Text,
    ComplaintContactCommand? Contact,
    bool? Publishable);

public sealed record ComplaintContactCommand([property: MaxLength(InputLimits.Word)] string? Channel, [property: MaxLength(InputLimits.ShortText)] string? Value);

/// <summary>A note, reasons, an answer or a closing summary: the one text a complaint command carries.</summary>
public sealed record ComplaintTextCommand([property: MaxLength(ComplaintDecisions.MaxTextLength)] string? Text);

/// <summary>Which department answers.</summary>
public sealed record ComplaintAssignmentCommand([property: MaxLength(InputLimits.Code)] string? DepartmentCode);
