using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Review;

/// <summary>
/// One pass through a review step of the guide: who owns it (role and department, possibly another level's),
/// its own clock, and how it ended. A step that is returned to is passed through again as a new record.
/// </summary>
public sealed record StepRecord(
    int Index,
    string Step,
    PlatformRole Role,
    string DepartmentCode,
    string RegionCode,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline)
{
    public DateTimeOffset? CompletedAt { get; init; }
    public StepOutcome? Outcome { get; init; }
    public string? Opinion { get; init; }
    public string? CompletedBy { get; init; }

    /// <summary>The step ran past its deadline (and raised its card): once, whatever later moves the deadline.</summary>
    public bool Overran { get; init; }
}

public enum StepOutcome
{
    /// <summary>Passed on to the next step.</summary>
    Forwarded,

    /// <summary>Sent back to the previous step.</summary>
    Returned,

    /// <summary>The last step: the decision was made.</summary>
    Decided,
}
