namespace GovFunctions.Core.Cases;

/// <summary>A case on a staff member's work list with the clock that matters to them.</summary>
public sealed record WorkItem(CaseSummary Case, DateTimeOffset? Deadline, int? WorkingDaysLeft);
