using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// 黄牌 / 红牌: a card the platform raises against the department handling a case when a rule of electronic
/// supervision is broken (<see cref="CardRule"/>). It stays open until the department's head reports the correction
/// (整改报告) and a supervisor of the department's region confirms it; a report the supervisor returns leaves it open.
/// Numbered from 1 within its case; nothing about it is ever removed.
/// </summary>
public sealed record SupervisionCard(int Number, CardColour Colour, CardRule Rule, string DepartmentCode, string RegionCode, DateTimeOffset RaisedAt)
{
    /// <summary>The clock whose rule raised it, for the clock rules.</summary>
    public ClockKind? Clock { get; init; }

    /// <summary>The review step that ran late, for <see cref="CardRule.StepOverdue"/>.</summary>
    public string? Step { get; init; }

    /// <summary>The correction report awaiting confirmation, or the one confirmed.</summary>
    public CardCorrection? Correction { get; init; }

    /// <summary>Reports the supervisor sent back, oldest first.</summary>
    public IReadOnlyList<CardCorrection> Returned { get; init; } = [];

    public CardConfirmation? Confirmation { get; init; }

    public bool IsOpen => Confirmation is null;
}

public enum CardColour
{
    Yellow,
    Red,
}

/// <summary>What raised a card (REFERENCE.md, 电子监察: yellow near a deadline or for a step running late, red once overdue).</summary>
public enum CardRule
{
    /// <summary>A statutory clock passed its warning threshold (yellow).</summary>
    ClockWarned,

    /// <summary>A statutory clock went overdue (red).</summary>
    ClockOverdue,

    /// <summary>A review step ran past its own step limit (yellow).</summary>
    StepOverdue,
}

/// <summary>整改报告: what the department did about the card, by its head.</summary>
public sealed record CardCorrection(string Report, DateTimeOffset At, string By)
{
    /// <summary>Why the supervisor sent it back, once it was.</summary>
    public string? ReturnedBecause { get; init; }
}

/// <summary>The supervisor's confirmation that closes the card.</summary>
public sealed record CardConfirmation(string Note, DateTimeOffset At, string By);
