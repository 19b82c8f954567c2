using GovFunctions.Core.Review;

namespace GovFunctions.Core.Cases;

/// <summary>What anyone with the case number and query code may see: where the case stands and its clock; nothing personal.</summary>
public sealed record PublicCaseStatus(
    string CaseNumber,
    string ItemCode,
    string ItemName,
    CaseStage Stage,
    string? CurrentStep,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? AcceptedAt,
    ClockKind? Clock,
    DateTimeOffset? Deadline,
    bool DeadlineProvisional,
    int? WorkingDaysLeft,
    bool Suspended,
    DateTimeOffset? SupplementExpiresAt,
    DateTimeOffset? ClosedAt,
    int? PromisedLimitWorkingDays,
    int? StatutoryLimitWorkingDays);
