using System.ComponentModel.DataAnnotations;

namespace GovFunctions.Core.Supervision;

/// <summary>整改报告: what the department corrected.</summary>
public sealed record CardCorrectionCommand([property: MaxLength(CardDecisions.MaxTextLength)] string? Report);

/// <param name="Outcome"><c>confirmed</c> closes the card; <c>returned</c> sends the report back, the card staying open.</param>
public sealed record CardReviewCommand([property: MaxLength(20)] string? Outcome, [property: MaxLength(CardDecisions.MaxTextLength)] string? Note);
