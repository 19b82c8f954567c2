namespace GovFunctions.Core.Cases;

/// <summary>What anyone with the case number and query code may see: where the case stands and its clock; nothing personal.</summary>
public sealed record PublicCaseStatus(
    string CaseNumber,
    string ItemCode,
    string ItemName,
    CaseStage Stage,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? AcceptanceDeadline,
    int? AcceptanceWorkingDaysLeft,
    int? PromisedLimitWorkingDays,
    int? StatutoryLimitWorkingDays);
