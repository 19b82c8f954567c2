using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Milestones;

/// <summary>
/// The body of a milestone message to the provincial systems (省级平台 办件库), schema version 1 — one JSON Schema
/// per message type in <c>Milestones/schemas</c>. Nothing personal: the applicant's identifier is masked, no
/// phone, no address.
/// </summary>
/// <param name="Deadline">The deadline of the clock running after the milestone (none once closed).</param>
/// <param name="WorkingDaysUsed">Working days since submission, less what the law does not count (supplement period, suspensions).</param>
/// <param name="Details">What the milestone adds, by message type (see the schema of the type).</param>
public sealed record CaseMilestone(
    int SchemaVersion,
    string MessageType,
    string CaseNumber,
    int Sequence,
    string ItemCode,
    string ItemVersion,
    string DepartmentCode,
    string RegionCode,
    string ProvinceCode,
    string? ApplicantType,
    string? MaskedIdentifier,
    DateTimeOffset MilestoneAt,
    DateTimeOffset? Deadline,
    int WorkingDaysUsed,
    object Details)
{
    /// <summary>The deadline is reckoned over a year without a published holiday notice (预计).</summary>
    public bool DeadlineProvisional { get; init; }

    public const int CurrentSchemaVersion = 1;
}

public sealed record SubmittedDetails(DateTimeOffset AcceptanceDeadline);

public sealed record AcceptedDetails(DateTimeOffset ReviewDeadline, string FirstStep, string FirstStepDepartmentCode);

public sealed record NotAcceptedDetails(string Reason, bool SupplementLapsed);

public sealed record SupplementRequestedDetails(IReadOnlyList<SupplementItem> Items, DateTimeOffset ExpiresAt);

public sealed record SupplementProvidedDetails(DateTimeOffset AcceptanceDeadline);

public sealed record SuspendedDetails(SuspensionReason Reason);

public sealed record ResumedDetails(int PausedWorkingDays, DateTimeOffset ReviewDeadline);

public sealed record ExtendedDetails(int WorkingDays, string Reason, DateTimeOffset ReviewDeadline);

/// <param name="Certificate">结果证照名称/编号: the electronic certificate the approval issued, if any.</param>
public sealed record ConcludedDetails(
    DecisionOutcome Outcome, string ResultType, string? ResultName, string ResultDocument, IReadOnlyList<string> LegalBasis, CertificateReference? Certificate);

public sealed record CertificateReference(string Identifier, string Name, string Number);

public sealed record CertificateRevokedDetails(string Identifier, RevocationReason Reason);

/// <param name="Certificate">The new version (结果证照名称/编号).</param>
public sealed record CertificateReissuedDetails(CertificateReference Certificate, string Supersedes, string Reason);

public sealed record DeliveredDetails(string Method);

/// <summary>好差评: the rating's score (5 非常满意 … 1 非常不满意) and the channel it was given through.</summary>
public sealed record EvaluationDetails(int Rating, string Channel);

/// <summary>A holiday notice moved the case's deadlines: which notice, and each deadline before and after.</summary>
public sealed record DeadlinesChangedDetails(int Year, string CalendarRegionCode, int CalendarVersion, string NoticeNumber, IReadOnlyList<DeadlineChange> Changes);

/// <param name="Stage">Where the case stood when the applicant withdrew it.</param>
public sealed record WithdrawnDetails(CaseStage Stage);

/// <summary>依申请公开 received (政府信息公开条例 Art. 31): the procedure, the answer deadline (Art. 33), who asks, the forms wanted.</summary>
public sealed record DisclosureReceivedDetails(string Procedure, DateTimeOffset AnswerDeadline, string RequesterKind, IReadOnlyList<string> Forms);

/// <summary>依申请公开 answered (Art. 36, 37): its type, the form delivered in, the articles withheld under.</summary>
public sealed record DisclosureAnsweredDetails(string Procedure, string AnswerType, string DeliveredAs, IReadOnlyList<string> Articles);

/// <summary>依申请公开 abandoned: not corrected (Art. 30) or its fee not paid (国办函〔2020〕109号) in time.</summary>
public sealed record DisclosureLapsedDetails(string Procedure, string Reason);
