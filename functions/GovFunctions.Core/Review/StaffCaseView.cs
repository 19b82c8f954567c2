using GovFunctions.Core.Cases;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Review;

/// <summary>
/// A case as staff see it: the summary, the application (form and materials, which travel with the case between
/// levels), the clock, and of the review steps only those of the viewer's own department; supervisors of a
/// region the case passes through see every step. <see cref="Version"/> is what If-Match sends back.
/// </summary>
public sealed record StaffCaseView(
    CaseSummary Summary,
    ApplicationForm Form,
    IReadOnlyList<MaterialRecord> Materials,
    CaseClock? Clock,
    int? WorkingDaysLeft,
    IReadOnlyList<StepRecord> Steps,
    SupplementRequest? Supplement,
    IReadOnlyList<Suspension> Suspensions,
    Extension? Extension,
    Decision? Decision,
    Delivery? Delivery,
    string? RefusalReason,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<SupervisionCard> Cards,
    IReadOnlyList<SupervisionNotice> Notices,
    int Version)
{
    /// <summary>Which view of a case this is (GetCase answers either): "staff".</summary>
    public const string ViewName = "staff";

    public string View => ViewName;

    /// <summary>The applicant's 好差评, once given (voided ones marked).</summary>
    public CaseRating? Rating { get; init; }

    /// <summary>The 差评整改 a poor rating opened: its call-back, outcome, appeal and the applicant's rating of it.</summary>
    public Rectification? Rectification { get; init; }

    /// <summary>The complaints (投诉) about the case, each by its number (on GetCase; absent on a command's answer).</summary>
    public IReadOnlyList<CaseComplaint>? Complaints { get; init; }
}

/// <summary>A complaint about a case, as the case's staff view names it.</summary>
public sealed record CaseComplaint(string Number, Complaints.ComplaintStatus Status, DateTimeOffset FiledAt);
