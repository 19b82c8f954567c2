namespace GovFunctions.Core.Participation;

/// <summary>How long after its conclusion a case can be rated, and the limits of 差评整改. Bound from the "Ratings" section.</summary>
public sealed class RatingOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Calendar days after the conclusion (the decision, or the refusal to accept); 30 by default.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>Working days from a poor rating to the department's call-back (回访核实); 5 by default.</summary>
    public int CallBackWorkingDays { get; set; } = 5;

    /// <summary>Working days from a poor rating to the department's outcome; 15 by default (local rules set 5 to 15).</summary>
    public int RectificationWorkingDays { get; set; } = 15;
}
