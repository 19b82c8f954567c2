using GovFunctions.Core.Review;

namespace GovFunctions.Core.Cases;

/// <summary>A case on a staff member's work list with the deadline that matters to them and its colour.</summary>
public sealed record WorkItem(CaseSummary Case, DateTimeOffset? Deadline, int? WorkingDaysLeft, AlarmLevel Alarm);
