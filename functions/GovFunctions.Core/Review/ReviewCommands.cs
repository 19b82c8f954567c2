namespace GovFunctions.Core.Review;

// What staff (and, for 补正, the applicant) send to move a case on. Fields are nullable and checked by
// ReviewDecisions, so every missing or wrong field is named in one answer.

/// <param name="Outcome">"pass" or "return".</param>
public sealed record PreReviewCommand(string? Outcome, string? Reason);

public sealed record RefusalCommand(string? Reason);

public sealed record SupplementRequestCommand(IReadOnlyList<SupplementItemCommand?>? Items);

public sealed record SupplementItemCommand(string? MaterialId, string? Reason);

/// <param name="Outcome">"forward" or "return".</param>
public sealed record StepCompletionCommand(string? Outcome, string? Opinion);

/// <param name="Reason">hearing, expertReview, inspection, testing, appraisal or applicantRequest.</param>
public sealed record SuspensionCommand(string? Reason, string? Note);

public sealed record ExtensionCommand(int? WorkingDays, string? Reason);

/// <param name="Outcome">"approved" or "denied".</param>
public sealed record DecisionCommand(string? Outcome, IReadOnlyList<string?>? LegalBasis, string? Reasons, string? ResultDocument);

/// <param name="Method">One of the guide's delivery methods: 窗口领取, 邮寄送达 (with a tracking number) or 电子证照.</param>
public sealed record DeliveryCommand(string? Method, string? TrackingNumber);
