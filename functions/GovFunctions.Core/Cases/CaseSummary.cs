using GovFunctions.Core.Complaints;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Publication;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Cases;

/// <summary>One line of a case list: what an applicant's list, a work list or the supervision list shows.</summary>
/// <param name="DepartmentCode">The accepting department.</param>
/// <param name="HandlingDepartmentCode">The department that has the case now (the current step's, under review).</param>
/// <param name="StepDeadline">The current review step's own deadline.</param>
public sealed record CaseSummary(
    string CaseNumber,
    string ItemCode,
    string ItemVersion,
    CaseStage Stage,
    string DepartmentCode,
    string HandlingDepartmentCode,
    string? CurrentStep,
    string? ApplicantName,
    DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt,
    CaseClock? Clock,
    DateTimeOffset? StepDeadline,
    bool Suspended,
    DateTimeOffset? SupplementExpiresAt)
{
    /// <summary>The accepting region, whose calendar the clocks run on (absent in lists written before it was kept).</summary>
    public string? RegionCode { get; init; }

    /// <summary>The identifier of the case's current electronic certificate (its latest version), if it issued one.</summary>
    public string? CertificateIdentifier { get; init; }

    /// <summary>When that certificate was revoked, if it was.</summary>
    public DateTimeOffset? CertificateRevokedAt { get; init; }

    /// <summary>Open 黄牌/红牌 on the case, and how many of them await a supervisor's review of their correction.</summary>
    public int OpenCards { get; init; }

    public int CardsAwaitingReview { get; init; }

    /// <summary>Unanswered 督办单 on the case.</summary>
    public int OpenNotices { get; init; }

    /// <summary>The open 差评整改 of the case, which puts a concluded case back on its department's work list.</summary>
    public Rectification? Rectification { get; init; }

    /// <summary>On a card list: the case's open cards.</summary>
    public IReadOnlyList<SupervisionCard>? Cards { get; init; }

    /// <summary>On a notice list: the case's unanswered notices.</summary>
    public IReadOnlyList<SupervisionNotice>? Notices { get; init; }

    /// <summary>On a public list (<see cref="CaseLists.IsPublication"/>): the result as published; such a line holds no applicant name.</summary>
    public PublishedResult? Result { get; init; }

    /// <summary>A complaint record's progress, on the complaint lists.</summary>
    public ComplaintLine? Complaint { get; init; }

    /// <summary>On the public list of complaints: the complaint as published, de-identified.</summary>
    public PublishedComplaint? PublishedComplaint { get; init; }

    /// <summary>
    /// The line of a public list: the de-identified result, no name, and nothing of a rectification (its call-back is
    /// the applicant's); a complaint's line is its published question and answer only.
    /// </summary>
    public static CaseSummary Published(CaseState state) => state.Stage == CaseStage.Complaint
        ? Of(state) with { Complaint = null, PublishedComplaint = PublishedComplaint.Of(state) }
        : Of(state) with { ApplicantName = null, Rectification = null, Result = PublishedResult.Of(state) };

    public static CaseSummary Of(CaseState state) => new(
        state.Number, state.ItemCode, state.ItemVersion, state.Stage, state.DepartmentCode, state.HandlingDepartment.DepartmentCode,
        state.CurrentStep?.Step, state.Form.ApplicantName, state.StartedAt, state.SubmittedAt, state.Clock, state.CurrentStep?.Deadline,
        state.OpenSuspension is not null, state.Stage == CaseStage.SupplementRequested ? state.Supplement?.ExpiresAt : null)
    {
        RegionCode = state.RegionCode,
        CertificateIdentifier = state.Certificates.LastOrDefault()?.Identifier,
        CertificateRevokedAt = state.Certificates.LastOrDefault()?.Revocation?.At,
        OpenCards = state.Cards.Count(c => c.IsOpen),
        CardsAwaitingReview = state.Cards.Count(c => c.IsOpen && c.Correction is not null),
        OpenNotices = state.Notices.Count(n => n.IsOpen),
        Rectification = state.Rectification is { IsOpen: true } open ? open : null,
        Complaint = ComplaintLine.Of(state),
    };
}
