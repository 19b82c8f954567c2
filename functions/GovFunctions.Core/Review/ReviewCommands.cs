using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Review;

// What staff (and, for 补正, the applicant) send to move a case on. Fields are nullable and checked by
// ReviewDecisions, so every missing or wrong field is named in one answer.

/// <param name="Outcome">"pass" or "return".</param>
public sealed record PreReviewCommand([property: MaxLength(InputLimits.Word)] string? Outcome, [property: MaxLength(InputLimits.Reason)] string? Reason);

public sealed record RefusalCommand([property: MaxLength(InputLimits.Reason)] string? Reason);

public sealed record SupplementRequestCommand([property: MaxLength(InputLimits.Materials)] IReadOnlyList<SupplementItemCommand?>? Items);

public sealed record SupplementItemCommand([property: MaxLength(InputLimits.MaterialId)] string? MaterialId, [property: MaxLength(InputLimits.Reason)] string? Reason);

/// <param name="Outcome">"forward" or "return".</param>
public sealed record StepCompletionCommand([property: MaxLength(InputLimits.Word)] string? Outcome, [property: MaxLength(InputLimits.LongText)] string? Opinion);

/// <param name="Reason">hearing, expertReview, inspection, testing, appraisal or applicantRequest.</param>
public sealed record SuspensionCommand([property: MaxLength(InputLimits.Word)] string? Reason, [property: MaxLength(InputLimits.Reason)] string? Note);

public sealed record ExtensionCommand([property: Range(1, InputLimits.MaxLimitWorkingDays)] int? WorkingDays, [property: MaxLength(InputLimits.Reason)] string? Reason);

/// <param name="Outcome">"approved" or "denied".</param>
public sealed record DecisionCommand(
    [property: MaxLength(InputLimits.Word)] string? Outcome,
    [property: MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.Reason)] IReadOnlyList<string?>? LegalBasis,
    [property: MaxLength(InputLimits.LongText)] string? Reasons,
    [property: MaxLength(InputLimits.ShortText)] string? ResultDocument);

/// <param name="Method">One of the guide's delivery methods: 窗口领取, 邮寄送达 (with a tracking number) or 电子证照.</param>
public sealed record DeliveryCommand([property: MaxLength(InputLimits.Word)] string? Method, [property: MaxLength(InputLimits.TrackingNumber)] string? TrackingNumber);
