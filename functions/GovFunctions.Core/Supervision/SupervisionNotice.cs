namespace GovFunctions.Core.Supervision;

/// <summary>
/// 督办单: a supervisor's notice on a case to the department handling it — the reason, what is required, and a
/// response limit in working days on the case's calendar. The department's head answers; a notice left unanswered
/// past its deadline is escalated to the next supervision level (city → province) and stays open until answered.
/// Numbered from 1 within its case; nothing about it is ever removed.
/// </summary>
public sealed record SupervisionNotice(
    int Number,
    string DepartmentCode,
    string RegionCode,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    string Reason,
    string Requirement,
    int ResponseWorkingDays,
    DateTimeOffset Deadline)
{
    public NoticeAnswer? Answer { get; init; }

    /// <summary>The region the unanswered notice was escalated to at its deadline.</summary>
    public string? EscalatedTo { get; init; }

    public bool IsOpen => Answer is null;

    /// <summary>Answered after its deadline (it counts as late in the statistics).</summary>
    public bool AnsweredLate => Answer is { } answer && answer.At > Deadline;
}

/// <summary>What the department did, by its head.</summary>
public sealed record NoticeAnswer(string Text, DateTimeOffset At, string By);
