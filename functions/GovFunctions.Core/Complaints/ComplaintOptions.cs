namespace GovFunctions.Core.Complaints;

/// <summary>The limits of 投诉 handling, in working days. Bound from the "Complaints" section.</summary>
public sealed class ComplaintOptions
{
    public const string SectionName = "Complaints";

    /// <summary>From filing to supervision's acceptance or refusal; 5 by default.</summary>
    public int AcceptanceWorkingDays { get; set; } = 5;

    /// <summary>From the assignment to the department's answer; 15 by default.</summary>
    public int HandlingWorkingDays { get; set; } = 15;
}
