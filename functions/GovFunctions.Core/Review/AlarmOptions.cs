namespace GovFunctions.Core.Review;

/// <summary>When a clock turns yellow: with this many working days or fewer left. Bound from the "Alarms" section.</summary>
public sealed class AlarmOptions
{
    public const string SectionName = "Alarms";

    public int AcceptanceWarningWorkingDays { get; set; } = 1;
    public int ReviewWarningWorkingDays { get; set; } = 2;
    public int DeliveryWarningWorkingDays { get; set; } = 2;

    public int WarningWorkingDays(ClockKind clock) => clock switch
    {
        ClockKind.Acceptance => AcceptanceWarningWorkingDays,
        ClockKind.Review => ReviewWarningWorkingDays,
        _ => DeliveryWarningWorkingDays,
    };
}
