using System.Text.Json.Serialization;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Something that happened to a case. The case's history is the list of its events, append-only; its state is
/// what the events add up to (<see cref="CaseEvolution"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DraftStarted), "draftStarted")]
[JsonDerivedType(typeof(FormUpdated), "formUpdated")]
[JsonDerivedType(typeof(MaterialAttached), "materialAttached")]
[JsonDerivedType(typeof(CaseSubmitted), "submitted")]
[JsonDerivedType(typeof(CaseWithdrawn), "withdrawn")]
public abstract record CaseEvent(DateTimeOffset At, string By);

/// <param name="DepartmentCode">The department whose window accepts the case: the owner of the guide's 受理 step.</param>
public sealed record DraftStarted(
    DateTimeOffset At, string By, string CaseNumber, string QueryCode, string ItemCode, string ItemVersion,
    string? CreditCode, string DepartmentCode, string RegionCode) : CaseEvent(At, By);

public sealed record FormUpdated(DateTimeOffset At, string By, ApplicationForm Form) : CaseEvent(At, By);

public sealed record MaterialAttached(DateTimeOffset At, string By, MaterialRecord Material) : CaseEvent(At, By);

public sealed record CaseSubmitted(DateTimeOffset At, string By, DateTimeOffset AcceptanceDeadline) : CaseEvent(At, By);

public sealed record CaseWithdrawn(DateTimeOffset At, string By, string Reason) : CaseEvent(At, By);
