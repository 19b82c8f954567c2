namespace GovFunctions.Core.Review;

/// <summary>
/// When a clock turns yellow (with this many working days or fewer left), and which 电子监察 rules raise cards against
/// the handling department (all on by default; REFERENCE.md, 电子监察). Bound from the "Alarms" section.
/// </summary>
public sealed class AlarmOptions
{
    public const string SectionName = "Alarms";

    /// <summary>A yellow card when a clock turns yellow.</summary>
    public bool YellowCardOnWarning { get; set; } = true;

    /// <summary>A red card when a clock goes overdue.</summary>
    public bool RedCardOnOverdue { get; set; } = true;

    /// <summary>A yellow card when a review step runs past its own step limit (and an alarm at each step deadline to notice it).</summary>
    public bool YellowCardOnStepOverdue { get; set; } = true;

    public int AcceptanceWarningWorkingDays { get; set; } = 1;
    public int ReviewWarningWorkingDays { get; set; } = 2;
    public int DeliveryWarningWorkingDays { get; set; } = 2;
    public int CallBackWarningWorkingDays { get; set; } = 1;
    public int RectificationWarningWorkingDays { get; set; } = 2;
    public int ComplaintAcceptanceWarningWorkingDays { get; set; } = 1;
    public int ComplaintHandlingWarningWorkingDays { get; set; } = 3;
    public int DisclosureAnswerWarningWorkingDays { get; set; } = 3;

    public int WarningWorkingDays(ClockKind clock) => clock switch
    {
        ClockKind.Acceptance => AcceptanceWarningWorkingDays,
        ClockKind.Review => ReviewWarningWorkingDays,
        ClockKind.CallBack => CallBackWarningWorkingDays,
        ClockKind.Rectification => RectificationWarningWorkingDays,
        ClockKind.ComplaintAcceptance => ComplaintAcceptanceWarningWorkingDays,
        ClockKind.ComplaintHandling => ComplaintHandlingWarningWorkingDays,
        ClockKind.DisclosureAnswer => DisclosureAnswerWarningWorkingDays,
        _ => DeliveryWarningWorkingDays,
    };
}
