using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Cases;

/// <summary>Evolve: the next state of a case from its current state and one event. Pure; never refuses.</summary>
public static class CaseEvolution
{
    public static CaseState Replay(IEnumerable<CaseEvent> history) =>
        history.Aggregate((CaseState?)null, Apply) ?? throw new InvalidOperationException("A case's history starts with DraftStarted, SupervisionFileOpened, ComplaintFiled or DisclosureRequested.");

    public static CaseState Apply(CaseState? state, CaseEvent @event)
    {
        var next = @event switch
        {
            DraftStarted started => Start(started),
            SupervisionFileOpened opened => Open(opened),
            ComplaintFiled filed => Open(filed),
            DisclosureRequested requested => Open(requested),
            _ => Continue(Existing(state), @event),
        };
        return next with { Version = (state?.Version ?? 0) + 1 };
    }

    private static CaseState Start(DraftStarted e) => new()
    {
        Number = e.CaseNumber,
        QueryCode = e.QueryCode,
        ItemCode = e.ItemCode,
        ItemVersion = e.ItemVersion,
        ApplicantSubject = e.By,
        CreditCode = e.CreditCode,
        DepartmentCode = e.DepartmentCode,
        RegionCode = e.RegionCode,
        Stage = CaseStage.Draft,
        StartedAt = e.At,
    };

    /// <summary>A supervision file: no item, no applicant, no query code; the department's region is its region.</summary>
    private static CaseState Open(SupervisionFileOpened e) => new()
    {
        Number = e.CaseNumber,
        QueryCode = "",
        ItemCode = "",
        ItemVersion = "",
        ApplicantSubject = "",
        DepartmentCode = e.Notice.DepartmentCode,
        RegionCode = e.Notice.DepartmentCode[..6],
        Stage = CaseStage.Supervision,
        StartedAt = e.At,
        Notices = [e.Notice],
    };

    /// <summary>A complaint: its complainant (none when anonymous) in the applicant's place, the department concerned in the department's.</summary>
    private static CaseState Open(ComplaintFiled e) => new()
    {
        Number = e.CaseNumber,
        QueryCode = e.QueryCode,
        ItemCode = "",
        ItemVersion = "",
        ApplicantSubject = e.Complaint.Complainant ?? "",
        DepartmentCode = e.Complaint.About.DepartmentCode,
        RegionCode = e.RegionCode,
        Stage = CaseStage.Complaint,
        StartedAt = e.At,
        SubmittedAt = e.At,
        Clock = e.AcceptanceClock,
        Complaint = e.Complaint,
    };

    /// <summary>A disclosure request: of its item and the item's department, its requester in the applicant's place.</summary>
    private static CaseState Open(DisclosureRequested e) => new()
    {
        Number = e.CaseNumber,
        QueryCode = e.QueryCode,
        ItemCode = e.ItemCode,
        ItemVersion = e.ItemVersion,
        ApplicantSubject = e.By,
        CreditCode = e.Request.Requester.Kind == "organisation" ? e.Request.Requester.IdentityNumber : null,
        DepartmentCode = e.DepartmentCode,
        RegionCode = e.RegionCode,
        Stage = CaseStage.Disclosure,
        StartedAt = e.At,
        SubmittedAt = e.At,
        Clock = e.AnswerClock,
        Disclosure = e.Request,
    };

    private static CaseState Continue(CaseState state, CaseEvent @event) => @event switch
    {
        FormUpdated e => state with { Form = e.Form, IdentityDigest = e.IdentityDigest },
        MaterialAttached e => state with
        {
            Materials = [.. state.Materials.Select(m => m.SlotId == e.Material.SlotId ? m with { Superseded = true } : m), e.Material],
        },
        CaseSubmitted e => state with
        {
            Stage = e.PreReview ? CaseStage.PreReview : CaseStage.Submitted,
            SubmittedAt = e.At,
            Clock = e.AcceptanceClock,
        },
        CasePreReviewed { Passed: true } => state with { Stage = CaseStage.Submitted },
        CasePreReviewed => state with { Stage = CaseStage.Draft, Clock = null },
        CaseAccepted e => state with { Stage = CaseStage.UnderReview, AcceptedAt = e.At, Clock = e.ReviewClock, Steps = [e.FirstStep] },
        AcceptanceRefused e => state with { Stage = CaseStage.NotAccepted, Clock = null, RefusalReason = e.Reason, ClosedAt = e.At },
        SupplementRequested e => state with { Stage = CaseStage.SupplementRequested, Clock = null, Supplement = new SupplementRequest(e.At, e.By, e.Items, e.ExpiresAt) },
        SupplementProvided e => state with
        {
            Stage = CaseStage.Submitted,
            Clock = e.AcceptanceClock,
            Supplement = state.Supplement! with { ProvidedAt = e.At },
        },
        ReviewStepCompleted e => state with
        {
            Steps = [.. CompleteCurrentStep(state, e.At, e.By, e.Outcome, e.Opinion), e.NextStep],
        },
        CaseSuspended e => state with
        {
            Suspensions = [.. state.Suspensions, new Suspension(e.Reason, e.Note, e.At, e.By)],
            Disclosure = e.Fee is { } fee ? state.Disclosure! with { Fees = [.. state.Disclosure.Fees, fee] } : state.Disclosure,
        },
        CaseResumed e => state with
        {
            Disclosure = e.FeePaid ? state.Disclosure! with { Fees = [.. state.Disclosure.Fees.SkipLast(1), state.Disclosure.Fees[^1] with { PaidAt = e.At }] } : state.Disclosure,
            Suspensions = [.. state.Suspensions.Select(s => s.EndedAt is null ? s with { EndedAt = e.At, PausedWorkingDays = e.PausedWorkingDays, Outcome = e.Outcome } : s)],
            // A moved deadline is judged afresh: the alarms start again from the new one.
            Clock = state.Clock! with
            {
                Deadline = e.ReviewDeadline,
                PausedWorkingDays = state.Clock.PausedWorkingDays + e.PausedWorkingDays,
                Level = AlarmLevel.None,
                Provisional = e.ReviewDeadlineProvisional,
            },
            Steps = [.. state.Steps.Select(s => s.CompletedAt is null ? s with { Deadline = e.StepDeadline } : s)],
        },
        CaseExtended e => state with
        {
            Extension = new Extension(e.WorkingDays, e.Reason, e.At, e.By, e.ReviewDeadline),
            Clock = state.Clock! with
            {
                Deadline = e.ReviewDeadline, ExtensionWorkingDays = e.WorkingDays, Level = AlarmLevel.None, Provisional = e.ReviewDeadlineProvisional,
            },
        },
        CaseDecided e => state with
        {
            Stage = CaseStage.Decided,
            Decision = new Decision(e.Outcome, e.LegalBasis, e.Reasons, e.ResultDocument, e.At, e.By) { ReviewTime = e.ReviewTime, Published = e.Published, ItemName = e.ItemName },
            Steps = CompleteCurrentStep(state, e.At, e.By, StepOutcome.Decided, e.Reasons),
            Clock = e.DeliveryClock,
            Certificates = e.Certificate is { } certificate ? [certificate] : [],
        },
        CaseDelivered e => state with
        {
            Stage = CaseStage.Delivered,
            Delivery = new Delivery(e.Method, e.TrackingNumber, e.At, e.By),
            Clock = null,
            ClosedAt = e.At,
            Certificates = e.Method == CatalogVocabulary.ElectronicCertificate && state.Certificates.Count > 0
                ? Downloaded(state.Certificates, state.Certificates[^1].Identifier, e.At)
                : state.Certificates,
        },
        CertificateReissued e => state with
        {
            Certificates = [.. WithChanged(state.Certificates, e.Supersedes, c => c with { SupersededBy = e.Certificate.Identifier }), e.Certificate],
        },
        CertificateAccessed e => state with
        {
            Certificates = WithChanged(state.Certificates, e.Identifier, c => c with { Accesses = [.. c.Accesses, new CertificateAccess(e.At, e.By, e.OrganisationCode, e.ReasonOfUse)] }),
        },
        CertificateDownloaded e => state with { Certificates = Downloaded(state.Certificates, e.Identifier, e.At) },
        CertificateRevoked e => state with
        {
            Certificates = WithChanged(state.Certificates, e.Identifier, c => c with { Revocation = new CertificateRevocation(e.At, e.By, e.Reason, e.Note) }),
        },
        CaseWithdrawn e => state with { Stage = CaseStage.Withdrawn, Clock = null, ClosedAt = e.At },
        ClockWarned e when ClockKinds.IsRectification(e.Clock) => WithRectificationClock(state, c => c with { Level = AlarmLevel.Warning }),
        ClockOverdue e when ClockKinds.IsRectification(e.Clock) => WithRectificationClock(state, c => c with { Level = AlarmLevel.Overdue }),
        ClockWarned e => state with { Clock = state.Clock! with { Level = AlarmLevel.Warning }, Cards = WithCard(state.Cards, e.Card) },
        ClockOverdue e => state with { Clock = state.Clock! with { Level = AlarmLevel.Overdue }, Cards = WithCard(state.Cards, e.Card) },
        StepOverran e => state with
        {
            Steps = [.. state.Steps.Select(s => s.CompletedAt is null ? s with { Overran = true } : s)],
            Cards = WithCard(state.Cards, e.Card),
        },
        CardCorrectionReported e => state with { Cards = WithCardChanged(state.Cards, e.Card, c => c with { Correction = new CardCorrection(e.Report, e.At, e.By) }) },
        CardCorrectionReviewed { Confirmed: true } e => state with
        {
            Cards = WithCardChanged(state.Cards, e.Card, c => c with { Confirmation = new CardConfirmation(e.Note, e.At, e.By) }),
        },
        CardCorrectionReviewed e => state with
        {
            Cards = WithCardChanged(state.Cards, e.Card, c => c with { Correction = null, Returned = [.. c.Returned, c.Correction! with { ReturnedBecause = e.Note }] }),
        },
        CaseRated e => state with { Rating = e.Rating, Rectification = e.Rectification },
        RatingCalledBack e => state with
        {
            Rectification = state.Rectification! with { CallBack = new RatingCallBack(e.ContactedAt, e.Channel, e.Summary, e.At, e.By), Clock = e.Clock },
        },
        RectificationConcluded e => state with
        {
            Rectification = state.Rectification! with { Outcome = new RectificationOutcome(e.Outcome, e.Text, e.At, e.By), Clock = null },
        },
        RatingAppealDecided e => state with
        {
            Rectification = state.Rectification! with { Appeal = new AppealDecision(e.Upheld, e.Reasons, e.At, e.By) },
            Rating = e.Upheld ? state.Rating! with { Voided = true } : state.Rating,
        },
        RectificationRated e => state with { Rectification = state.Rectification! with { HandlingRating = new HandlingRating(e.Level, e.At, e.By) } },
        DisclosureExtended e => state with
        {
            Clock = e.AnswerClock,
            Disclosure = state.Disclosure! with { Extension = new DisclosureExtension(e.WorkingDays, e.Reason, e.At, e.By) },
        },
        DisclosureAnswered e => state with { Clock = null, ClosedAt = e.At, Disclosure = state.Disclosure! with { Answer = e.Answer } },
        DisclosureCorrectionRequested e => state with { Clock = null, Disclosure = state.Disclosure! with { Correction = e.Correction } },
        DisclosureCorrected e => state with
        {
            Clock = e.AnswerClock,
            Disclosure = state.Disclosure! with
            {
                Description = e.Description,
                Forms = e.Forms,
                Correction = state.Disclosure.Correction! with { CorrectedAt = e.At },
            },
        },
        DisclosureLapsed e => state with { ClosedAt = e.At, Disclosure = state.Disclosure! with { LapsedAt = e.At } },
        ComplaintAccepted e => WithComplaint(state, c => c with { Status = ComplaintStatus.Accepted, Acceptance = new(e.Note, e.At, e.By) }) with { Clock = null },
        ComplaintDeclined e => WithComplaint(state, c => c with { Status = ComplaintStatus.Declined, Acceptance = new(e.Reasons, e.At, e.By) }) with
        {
            Clock = null,
            ClosedAt = e.At,
        },
        ComplaintAssigned e => WithComplaint(state, c => c with
        {
            Status = ComplaintStatus.Assigned,
            AssignedTo = e.DepartmentCode,
            HandlingDeadline = e.HandlingClock.Deadline,
        }) with { Clock = e.HandlingClock },
        ComplaintAnswered e => WithComplaint(state, c => c with { Status = ComplaintStatus.Answered, Answers = [.. c.Answers, new(e.Answer, e.At, e.By)] }) with { Clock = null },
        ComplaintAnswerReturned e => WithComplaint(state, c => c with
        {
            Status = ComplaintStatus.Assigned,
            Answers = [.. c.Answers.SkipLast(1), c.Answers[^1] with { ReturnedBecause = e.Reasons }],
            HandlingDeadline = e.HandlingClock.Deadline,
        }) with { Clock = e.HandlingClock },
        ComplaintClosed e => WithComplaint(state, c => c with { Status = ComplaintStatus.Closed, Closure = new(e.Summary, e.At, e.By) }) with { ClosedAt = e.At },
        ComplaintHandlingRated e => WithComplaint(state, c => c with { HandlingRating = new HandlingRating(e.Level, e.At, e.By) }),
        NoticeIssued e => state with { Notices = [.. state.Notices, e.Notice] },
        NoticeAnswered e => state with { Notices = WithNoticeChanged(state.Notices, e.Notice, n => n with { Answer = new NoticeAnswer(e.Answer, e.At, e.By) }) },
        NoticeOverdue e => state with { Notices = WithNoticeChanged(state.Notices, e.Notice, n => n with { EscalatedTo = e.EscalatedTo }) },
        CaseEscalated e when ClockKinds.IsRectification(e.Clock) => WithRectificationClock(state, c => c with { Escalations = e.Count }) with
        {
            Escalations = [.. state.Escalations, new Escalation(e.Clock, e.Level, e.Count, e.DepartmentCode, e.RegionCode, e.At)],
        },
        CaseEscalated e => state with
        {
            Clock = state.Clock! with { Escalations = e.Count },
            Escalations = [.. state.Escalations, new Escalation(e.Clock, e.Level, e.Count, e.DepartmentCode, e.RegionCode, e.At)],
        },
        // Levels reached stay reached: a notice moving a deadline raises no alarm a second time.
        DeadlinesRereckoned e => state with
        {
            Clock = Rereckoned(state.Clock, e),
            Rectification = state.Rectification is { } rectification ? rectification with { Clock = Rereckoned(rectification.Clock, e) } : null,
            Steps = e.Changes.FirstOrDefault(c => c.Deadline == DeadlineChange.Step) is { } step
                ? [.. state.Steps.Select(s => s.CompletedAt is null ? s with { Deadline = step.To } : s)]
                : state.Steps,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown case event."),
    };

    /// <summary>
    /// The clock with the change of its deadline, found by its kind's name; events recorded before rectification clocks
    /// were re-reckoned name the case clock in lower case, and there was no other clock then.
    /// </summary>
    private static CaseClock? Rereckoned(CaseClock? clock, DeadlinesRereckoned e) =>
        clock is not null && e.Changes.FirstOrDefault(c => string.Equals(c.Deadline, DeadlineRereckoning.NameOf(clock.Kind), StringComparison.OrdinalIgnoreCase)) is { } change
            ? clock with { Deadline = change.To, Provisional = change.Provisional }
            : clock;

    private static CaseState WithComplaint(CaseState state, Func<Complaint, Complaint> change) => state with { Complaint = change(state.Complaint!) };

    private static CaseState WithRectificationClock(CaseState state, Func<CaseClock, CaseClock> change) =>
        state with { Rectification = state.Rectification! with { Clock = change(state.Rectification.Clock!) } };

    private static IReadOnlyList<SupervisionCard> WithCard(IReadOnlyList<SupervisionCard> cards, SupervisionCard? card) =>
        card is null ? cards : [.. cards, card];

    private static IReadOnlyList<SupervisionCard> WithCardChanged(IReadOnlyList<SupervisionCard> cards, int number, Func<SupervisionCard, SupervisionCard> change) =>
        [.. cards.Select(c => c.Number == number ? change(c) : c)];

    private static IReadOnlyList<SupervisionNotice> WithNoticeChanged(IReadOnlyList<SupervisionNotice> notices, int number, Func<SupervisionNotice, SupervisionNotice> change) =>
        [.. notices.Select(n => n.Number == number ? change(n) : n)];

    private static IReadOnlyList<StepRecord> CompleteCurrentStep(CaseState state, DateTimeOffset at, string by, StepOutcome outcome, string opinion) =>
        [.. state.Steps.Select(s => s.CompletedAt is null ? s with { CompletedAt = at, CompletedBy = by, Outcome = outcome, Opinion = opinion } : s)];

    private static IReadOnlyList<IssuedCertificate> Downloaded(IReadOnlyList<IssuedCertificate> certificates, string identifier, DateTimeOffset at) =>
        WithChanged(certificates, identifier, c => c.FirstDownloadedAt is null ? c with { FirstDownloadedAt = at } : c);

    /// <summary>The certificates with the one of <paramref name="identifier"/> changed, the others as they are.</summary>
    private static IReadOnlyList<IssuedCertificate> WithChanged(IReadOnlyList<IssuedCertificate> certificates, string identifier, Func<IssuedCertificate, IssuedCertificate> change) =>
        [.. certificates.Select(c => c.Identifier == identifier ? change(c) : c)];

    private static CaseState Existing(CaseState? state) =>
        state ?? throw new InvalidOperationException("Only DraftStarted, SupervisionFileOpened, ComplaintFiled or DisclosureRequested can begin a case's history.");
}
