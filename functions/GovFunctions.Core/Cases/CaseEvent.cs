using System.Text.Json.Serialization;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Something that happened to a case. The case's history is the list of its events, append-only; its state is
/// what the events add up to (<see cref="CaseEvolution"/>). <see cref="By"/> is the subject who acted, or
/// <see cref="Platform"/> for what the clocks did; <see cref="Audit"/> links it into the history's hash chain with the
/// request it came from, so the case's own write is the audit record of the change (<see cref="CaseHistoryChain"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DraftStarted), "draftStarted")]
[JsonDerivedType(typeof(FormUpdated), "formUpdated")]
[JsonDerivedType(typeof(MaterialAttached), "materialAttached")]
[JsonDerivedType(typeof(CaseSubmitted), "submitted")]
[JsonDerivedType(typeof(CasePreReviewed), "preReviewed")]
[JsonDerivedType(typeof(CaseAccepted), "accepted")]
[JsonDerivedType(typeof(AcceptanceRefused), "acceptanceRefused")]
[JsonDerivedType(typeof(SupplementRequested), "supplementRequested")]
[JsonDerivedType(typeof(SupplementProvided), "supplementProvided")]
[JsonDerivedType(typeof(ReviewStepCompleted), "reviewStepCompleted")]
[JsonDerivedType(typeof(CaseSuspended), "suspended")]
[JsonDerivedType(typeof(CaseResumed), "resumed")]
[JsonDerivedType(typeof(CaseExtended), "extended")]
[JsonDerivedType(typeof(CaseDecided), "decided")]
[JsonDerivedType(typeof(CaseDelivered), "delivered")]
[JsonDerivedType(typeof(CaseWithdrawn), "withdrawn")]
[JsonDerivedType(typeof(ClockWarned), "clockWarned")]
[JsonDerivedType(typeof(ClockOverdue), "clockOverdue")]
[JsonDerivedType(typeof(CaseEscalated), "escalated")]
[JsonDerivedType(typeof(DeadlinesRereckoned), "deadlinesRereckoned")]
[JsonDerivedType(typeof(CertificateDownloaded), "certificateDownloaded")]
[JsonDerivedType(typeof(CertificateRevoked), "certificateRevoked")]
[JsonDerivedType(typeof(CertificateReissued), "certificateReissued")]
[JsonDerivedType(typeof(CertificateAccessed), "certificateAccessed")]
[JsonDerivedType(typeof(StepOverran), "stepOverran")]
[JsonDerivedType(typeof(CardCorrectionReported), "cardCorrectionReported")]
[JsonDerivedType(typeof(CardCorrectionReviewed), "cardCorrectionReviewed")]
[JsonDerivedType(typeof(NoticeIssued), "noticeIssued")]
[JsonDerivedType(typeof(SupervisionFileOpened), "supervisionFileOpened")]
[JsonDerivedType(typeof(ComplaintFiled), "complaintFiled")]
[JsonDerivedType(typeof(DisclosureRequested), "disclosureRequested")]
[JsonDerivedType(typeof(DisclosureExtended), "disclosureExtended")]
[JsonDerivedType(typeof(DisclosureAnswered), "disclosureAnswered")]
[JsonDerivedType(typeof(DisclosureCorrectionRequested), "disclosureCorrectionRequested")]
[JsonDerivedType(typeof(DisclosureCorrected), "disclosureCorrected")]
[JsonDerivedType(typeof(DisclosureLapsed), "disclosureLapsed")]
[JsonDerivedType(typeof(ComplaintAccepted), "complaintAccepted")]
[JsonDerivedType(typeof(ComplaintDeclined), "complaintDeclined")]
[JsonDerivedType(typeof(ComplaintAssigned), "complaintAssigned")]
[JsonDerivedType(typeof(ComplaintAnswered), "complaintAnswered")]
[JsonDerivedType(typeof(ComplaintAnswerReturned), "complaintAnswerReturned")]
[JsonDerivedType(typeof(ComplaintClosed), "complaintClosed")]
[JsonDerivedType(typeof(ComplaintHandlingRated), "complaintHandlingRated")]
[JsonDerivedType(typeof(NoticeAnswered), "noticeAnswered")]
[JsonDerivedType(typeof(NoticeOverdue), "noticeOverdue")]
[JsonDerivedType(typeof(CaseRated), "rated")]
[JsonDerivedType(typeof(RatingCalledBack), "ratingCalledBack")]
[JsonDerivedType(typeof(RectificationConcluded), "rectificationConcluded")]
[JsonDerivedType(typeof(RatingAppealDecided), "ratingAppealDecided")]
[JsonDerivedType(typeof(RectificationRated), "rectificationRated")]
public abstract record CaseEvent(DateTimeOffset At, string By)
{
    /// <summary>The actor of what the platform does by itself: alarms, escalations, lapsed supplements.</summary>
    public const string Platform = "platform";

    /// <summary>The actor of an anonymous complainant's filing and rating.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Set as the event is recorded; kept for the audit trail, never answered (where staff acted from is not the applicant's to see).</summary>
    [StoredOnly]
    public EventAudit? Audit { get; init; }
}

/// <param name="DepartmentCode">The department whose window accepts the case: the owner of the guide's 受理 step.</param>
public sealed record DraftStarted(
    DateTimeOffset At, string By, string CaseNumber, string QueryCode, string ItemCode, string ItemVersion,
    string? CreditCode, string DepartmentCode, string RegionCode) : CaseEvent(At, By);

public sealed record FormUpdated(DateTimeOffset At, string By, ApplicationForm Form) : CaseEvent(At, By)
{
    /// <summary>The keyed hash of the form's identity number (none without one).</summary>
    [StoredOnly]
    public string? IdentityDigest { get; init; }
}

public sealed record MaterialAttached(DateTimeOffset At, string By, MaterialRecord Material) : CaseEvent(At, By);

/// <param name="PreReview">The guide asks for an online pre-review (网上预审) before acceptance.</param>
public sealed record CaseSubmitted(DateTimeOffset At, string By, CaseClock AcceptanceClock, bool PreReview) : CaseEvent(At, By);

/// <summary>Pre-review passed (on to acceptance) or returned to the applicant's draft with the reason.</summary>
public sealed record CasePreReviewed(DateTimeOffset At, string By, bool Passed, string? Reason) : CaseEvent(At, By);

public sealed record CaseAccepted(DateTimeOffset At, string By, CaseClock ReviewClock, StepRecord FirstStep) : CaseEvent(At, By);

/// <summary>不予受理, by a clerk or (a lapsed supplement) by the platform.</summary>
public sealed record AcceptanceRefused(DateTimeOffset At, string By, string Reason) : CaseEvent(At, By);

public sealed record SupplementRequested(DateTimeOffset At, string By, IReadOnlyList<SupplementItem> Items, DateTimeOffset ExpiresAt) : CaseEvent(At, By);

/// <summary>The applicant supplied what was asked; the acceptance clock starts again.</summary>
public sealed record SupplementProvided(DateTimeOffset At, string By, CaseClock AcceptanceClock) : CaseEvent(At, By);

public sealed record ReviewStepCompleted(DateTimeOffset At, string By, StepOutcome Outcome, string Opinion, StepRecord NextStep) : CaseEvent(At, By);

public sealed record CaseSuspended(DateTimeOffset At, string By, SuspensionReason Reason, string Note) : CaseEvent(At, By)
{
    /// <summary>A disclosure request's fee notice (政府信息公开条例 Art. 42), when that is what it waits for.</summary>
    public DisclosureFeeNotice? Fee { get; init; }
}

/// <param name="PausedWorkingDays">Working days of this suspension, not counted.</param>
public sealed record CaseResumed(DateTimeOffset At, string By, int PausedWorkingDays, DateTimeOffset ReviewDeadline, DateTimeOffset StepDeadline) : CaseEvent(At, By)
{
    public bool ReviewDeadlineProvisional { get; init; }

    /// <summary>What ended the suspension, when recorded: a consulted third party's answer (政府信息公开条例 Art. 32).</summary>
    public string? Outcome { get; init; }

    /// <summary>The pause was a disclosure request's fee, now paid (Art. 42).</summary>
    public bool FeePaid { get; init; }
}

public sealed record CaseExtended(DateTimeOffset At, string By, int WorkingDays, string Reason, DateTimeOffset ReviewDeadline) : CaseEvent(At, By)
{
    public bool ReviewDeadlineProvisional { get; init; }
}

/// <summary>办结: the decision, which starts the delivery clock.</summary>
/// <param name="ResultType">The guide's result type (批准文书, 证照…) and <paramref name="ResultName"/> its name, as of the case's version.</param>
public sealed record CaseDecided(
    DateTimeOffset At, string By, DecisionOutcome Outcome, IReadOnlyList<string> LegalBasis, string Reasons, string ResultDocument,
    string ResultType, string? ResultName, CaseClock DeliveryClock) : CaseEvent(At, By)
{
    /// <summary>The electronic certificate an approval issues, in the same write: nothing decided without it, no certificate without its decision.</summary>
    public IssuedCertificate? Certificate { get; init; }

    /// <summary>The review's working days from acceptance to this decision, suspensions not counted, and its limit with any extension.</summary>
    public ReviewTime? ReviewTime { get; init; }

    /// <summary>The guide publishes its decisions (结果公示).</summary>
    public bool Published { get; init; }

    /// <summary>The item's name as of the case's version, for what is published of the decision.</summary>
    public string? ItemName { get; init; }
}

/// <summary>送达. By 电子证照 it is the holder's first download of the certificate, recorded as the delivery.</summary>
public sealed record CaseDelivered(DateTimeOffset At, string By, string Method, string? TrackingNumber) : CaseEvent(At, By);

/// <summary>The holder's first download of a certificate whose case was already delivered otherwise (or of a reissue).</summary>
public sealed record CertificateDownloaded(DateTimeOffset At, string By, string Identifier) : CaseEvent(At, By);

/// <summary>更正: a new version of a certificate replaces <paramref name="Supersedes"/>, which stays and verifies as superseded.</summary>
public sealed record CertificateReissued(DateTimeOffset At, string By, string Supersedes, string Reason, IssuedCertificate Certificate) : CaseEvent(At, By);

/// <summary>A signed-in relying party checked the certificate, for the reason of use it stated: the holder's access log.</summary>
public sealed record CertificateAccessed(DateTimeOffset At, string By, string Identifier, string OrganisationCode, string ReasonOfUse) : CaseEvent(At, By);

/// <summary>撤销/注销 of a certificate by its issuing department; it stays on the case and verifies as revoked.</summary>
public sealed record CertificateRevoked(DateTimeOffset At, string By, string Identifier, RevocationReason Reason, string Note) : CaseEvent(At, By);

public sealed record CaseWithdrawn(DateTimeOffset At, string By, string Reason) : CaseEvent(At, By);

public sealed record ClockWarned(DateTimeOffset At, string By, ClockKind Clock, int WorkingDaysLeft) : CaseEvent(At, By)
{
    /// <summary>The yellow card raised with the warning, when the rule is on.</summary>
    public SupervisionCard? Card { get; init; }
}

public sealed record ClockOverdue(DateTimeOffset At, string By, ClockKind Clock) : CaseEvent(At, By)
{
    /// <summary>The red card raised with the overdue mark, when the rule is on.</summary>
    public SupervisionCard? Card { get; init; }
}

/// <summary>The current review step ran past its own step limit, and the yellow card that raised.</summary>
public sealed record StepOverran(DateTimeOffset At, string By, int StepIndex, string Step, SupervisionCard Card) : CaseEvent(At, By);

/// <summary>整改报告: the head of the carded department reports what was corrected.</summary>
public sealed record CardCorrectionReported(DateTimeOffset At, string By, int Card, string Report) : CaseEvent(At, By);

/// <summary>A supervisor confirms the correction (the card closes) or returns it with the reason (it stays open).</summary>
public sealed record CardCorrectionReviewed(DateTimeOffset At, string By, int Card, bool Confirmed, string Note) : CaseEvent(At, By);

/// <summary>好差评: the applicant rated the concluded case.</summary>
public sealed record CaseRated(DateTimeOffset At, string By, CaseRating Rating) : CaseEvent(At, By)
{
    /// <summary>The 差评整改 a poor rating opens, in the same write.</summary>
    public Rectification? Rectification { get; init; }
}

/// <summary>回访核实 of a poor rating, and the outcome's limit that now runs.</summary>
public sealed record RatingCalledBack(DateTimeOffset At, string By, DateTimeOffset ContactedAt, string Channel, string Summary, CaseClock Clock) : CaseEvent(At, By);

/// <summary>The department's outcome of a rectification: rectified, explained, or appealed to supervision.</summary>
public sealed record RectificationConcluded(DateTimeOffset At, string By, RectificationKind Outcome, string Text) : CaseEvent(At, By);

/// <summary>Supervision's decision on an appeal against a rating; upheld, the rating is voided.</summary>
public sealed record RatingAppealDecided(DateTimeOffset At, string By, bool Upheld, string Reasons) : CaseEvent(At, By);

/// <summary>The applicant rated how their poor rating was handled.</summary>
public sealed record RectificationRated(DateTimeOffset At, string By, HandlingLevel Level) : CaseEvent(At, By);

/// <summary>督办: a supervisor issued a notice to the department handling the case.</summary>
public sealed record NoticeIssued(DateTimeOffset At, string By, SupervisionNotice Notice) : CaseEvent(At, By);

/// <summary>
/// 督办 on a department: a supervisor issued a notice to a department about its work rather than one case; it opens a
/// supervision file (<see cref="CaseStage.Supervision"/>) numbered like a case, which holds the notice and its answer.
/// </summary>
public sealed record SupervisionFileOpened(DateTimeOffset At, string By, string CaseNumber, SupervisionNotice Notice) : CaseEvent(At, By);

/// <summary>The department's head answered a notice.</summary>
public sealed record NoticeAnswered(DateTimeOffset At, string By, int Notice, string Answer) : CaseEvent(At, By);

/// <summary>A notice's deadline passed unanswered: escalated to the supervision level above its own.</summary>
public sealed record NoticeOverdue(DateTimeOffset At, string By, int Notice, string EscalatedTo) : CaseEvent(At, By);

/// <summary>An overdue clock raised to the next level; also the case's supervision record.</summary>
public sealed record CaseEscalated(
    DateTimeOffset At, string By, ClockKind Clock, EscalationLevel Level, int Count, string DepartmentCode, string RegionCode) : CaseEvent(At, By);

/// <summary>
/// A holiday notice was published (or corrected) for a year the case's deadlines pass over: each deadline still ahead
/// reckoned again on it. Recorded by the platform, with the notice and every old and new deadline.
/// </summary>
public sealed record DeadlinesRereckoned(
    DateTimeOffset At, string By, int Year, string CalendarRegionCode, int CalendarVersion, string NoticeNumber, IReadOnlyList<DeadlineChange> Changes)
    : CaseEvent(At, By);

/// <param name="Deadline">Which deadline: the running clock's (<see cref="ClockKind"/> in camelCase) or <c>step</c>, the current review step's.</param>
public sealed record DeadlineChange(string Deadline, DateTimeOffset From, DateTimeOffset To, bool Provisional)
{
    public const string Step = "step";
}

/// <summary>投诉 filed: it opens a complaint record (<see cref="CaseStage.Complaint"/>) of the region of the department concerned, its acceptance clock running.</summary>
public sealed record ComplaintFiled(
    DateTimeOffset At, string By, string CaseNumber, string QueryCode, string RegionCode, Complaint Complaint, CaseClock AcceptanceClock) : CaseEvent(At, By);

public sealed record ComplaintAccepted(DateTimeOffset At, string By, string Note) : CaseEvent(At, By);

/// <summary>不予受理: closed with the reasons.</summary>
public sealed record ComplaintDeclined(DateTimeOffset At, string By, string Reasons) : CaseEvent(At, By);

/// <summary>Given to the department that answers; its handling clock starts.</summary>
public sealed record ComplaintAssigned(DateTimeOffset At, string By, string DepartmentCode, CaseClock HandlingClock) : CaseEvent(At, By);

public sealed record ComplaintAnswered(DateTimeOffset At, string By, string Answer) : CaseEvent(At, By);

/// <summary>Supervision sent the answer back; the department answers again within a new handling limit.</summary>
public sealed record ComplaintAnswerReturned(DateTimeOffset At, string By, string Reasons, CaseClock HandlingClock) : CaseEvent(At, By);

public sealed record ComplaintClosed(DateTimeOffset At, string By, string Summary) : CaseEvent(At, By);

/// <summary>The complainant's one rating of how the complaint was handled.</summary>
public sealed record ComplaintHandlingRated(DateTimeOffset At, string By, HandlingLevel Level) : CaseEvent(At, By);

/// <summary>依申请公开 received (Art. 31): a disclosure request record (<see cref="CaseStage.Disclosure"/>) of its item, its answer clock running (Art. 33).</summary>
public sealed record DisclosureRequested(
    DateTimeOffset At, string By, string CaseNumber, string QueryCode, string ItemCode, string ItemVersion, string DepartmentCode, string RegionCode,
    DisclosureRequest Request, CaseClock AnswerClock) : CaseEvent(At, By);

/// <summary>Art. 33: the answer limit extended once, the requester told; <see cref="AnswerClock"/> is the clock after it.</summary>
public sealed record DisclosureExtended(DateTimeOffset At, string By, int WorkingDays, string Reason, CaseClock AnswerClock) : CaseEvent(At, By);

/// <summary>Art. 36, 37: the answer; the request is concluded.</summary>
public sealed record DisclosureAnswered(DateTimeOffset At, string By, DisclosureAnswer Answer) : CaseEvent(At, By);

/// <summary>Art. 30: the requester is told, once, what to correct and by when; the answer clock stops.</summary>
public sealed record DisclosureCorrectionRequested(DateTimeOffset At, string By, DisclosureCorrection Correction) : CaseEvent(At, By);

/// <summary>Art. 30: the corrected request; the answer clock (Art. 33) starts again from it.</summary>
public sealed record DisclosureCorrected(DateTimeOffset At, string By, string Description, IReadOnlyList<string> Forms, CaseClock AnswerClock) : CaseEvent(At, By);

/// <summary>Art. 30, 国办函〔2020〕109号: not corrected, or its fee not paid, in time, the request is treated as abandoned; recorded by the platform.</summary>
public sealed record DisclosureLapsed(DateTimeOffset At, string By) : CaseEvent(At, By);
