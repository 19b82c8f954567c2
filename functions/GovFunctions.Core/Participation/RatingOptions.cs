namespace GovFunctions.Core.Participation;

/// <summary>How long after its conclusion a case can be rated. Bound from the "Ratings" section.</summary>
public sealed class RatingOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Calendar days after the conclusion (the decision, or the refusal to accept); 30 by default.</summary>
    public int WindowDays { get; set; } = 30;
}
