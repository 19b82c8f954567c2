using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Milestones;

/// <summary>
/// Builds the message for a milestone owed in a case's outbox, from the case as it stood right after the event
/// (its history replayed up to the message's sequence), so a message built again later — a resend, a retry after
/// a crash — is the same message.
/// </summary>
public static class MilestoneMapper
{
    private const string DisclosureProcedure = Disclosure.DisclosureDecisions.Procedure;

    public static MilestoneEnvelope Map(CaseRecord record, OutboxMessage message, WorkCalendar calendar)
    {
        var history = record.History;
        if (message.Sequence < 1 || message.Sequence > history.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(message), message.Sequence, $"Case {record.State.Number} has no event {message.Sequence}.");
        }

        var @event = history[message.Sequence - 1];
        var before = message.Sequence > 1 ? CaseEvolution.Replay(history.Take(message.Sequence - 1)) : null;
        var after = CaseEvolution.Apply(before, @event);
        var province = RegionDirectory.ProvinceOf(after.RegionCode);
        var (applicantType, identifier) = after.Disclosure is { } request
            ? (request.Requester.Kind == "organisation" ? "其他组织" : "自然人", request.Requester.IdentityNumber)
            : (after.Form.ApplicantType, after.Form.IdentityNumber);
        var body = new CaseMilestone(
            CaseMilestone.CurrentSchemaVersion, message.Type, after.Number, message.Sequence, after.ItemCode, after.ItemVersion,
            after.DepartmentCode, after.RegionCode, province, applicantType, IdentifierMask.Mask(identifier),
            @event.At, after.Clock?.Deadline, WorkingDaysUsed(after, @event.At, calendar), DetailsOf(@event, before))
        {
            DeadlineProvisional = after.Clock?.Provisional ?? false,
        };
        return new MilestoneEnvelope(MilestoneEnvelope.MessageIdOf(after.Number, message.Sequence), after.Number, message.Type, province, body);
    }

    /// <summary>Working days since submission, less the supplement period and suspensions, which the law does not count.</summary>
    public static int WorkingDaysUsed(CaseState state, DateTimeOffset at, WorkCalendar calendar)
    {
        if (state.SubmittedAt is not { } submitted)
        {
            return 0;
        }

        var used = calendar.WorkingDaysBetween(submitted, at);
        if (state.Supplement is { } supplement)
        {
            used -= calendar.WorkingDaysBetween(supplement.RequestedAt, supplement.ProvidedAt ?? at);
        }

        used -= state.Suspensions.Sum(s => s.PausedWorkingDays ?? calendar.WorkingDaysBetween(s.StartedAt, at));
        return Math.Max(0, used);
    }

    private static object DetailsOf(CaseEvent @event, CaseState? before) => @event switch
    {
        CaseSubmitted e => new SubmittedDetails(e.AcceptanceClock.Deadline),
        CaseAccepted e => new AcceptedDetails(e.ReviewClock.Deadline, e.FirstStep.Step, e.FirstStep.DepartmentCode),
        AcceptanceRefused e => new NotAcceptedDetails(e.Reason, e.By == CaseEvent.Platform),
        SupplementRequested e => new SupplementRequestedDetails(e.Items, e.ExpiresAt),
        SupplementProvided e => new SupplementProvidedDetails(e.AcceptanceClock.Deadline),
        CaseSuspended e => new SuspendedDetails(e.Reason),
        CaseResumed e => new ResumedDetails(e.PausedWorkingDays, e.ReviewDeadline),
        CaseExtended e => new ExtendedDetails(e.WorkingDays, e.Reason, e.ReviewDeadline),
        CaseDecided e => new ConcludedDetails(e.Outcome, e.ResultType, e.ResultName, e.ResultDocument, e.LegalBasis,
            e.Certificate is { } issued ? new CertificateReference(issued.Identifier, issued.Document.Certificate.Name, issued.Document.Certificate.Number) : null),
        CaseDelivered e => new DeliveredDetails(e.Method),
        CaseWithdrawn => new WithdrawnDetails(before!.Stage),
        CertificateRevoked e => new CertificateRevokedDetails(e.Identifier, e.Reason),
        CertificateReissued e => new CertificateReissuedDetails(
            new CertificateReference(e.Certificate.Identifier, e.Certificate.Document.Certificate.Name, e.Certificate.Document.Certificate.Number), e.Supersedes, e.Reason),
        CaseRated e => new EvaluationDetails(RatingLevels.Score(e.Rating.Level), e.Rating.Channel),
        DisclosureRequested e => new DisclosureReceivedDetails(DisclosureProcedure, e.AnswerClock.Deadline, e.Request.Requester.Kind, e.Request.Forms),
        DisclosureAnswered e => new DisclosureAnsweredDetails(DisclosureProcedure, e.Answer.Type, e.Answer.DeliveredAs, e.Answer.Articles),
        DisclosureLapsed => new DisclosureLapsedDetails(DisclosureProcedure, before!.Disclosure!.AwaitsPayment ? "fee" : "correction"),
        DeadlinesRereckoned e => new DeadlinesChangedDetails(e.Year, e.CalendarRegionCode, e.CalendarVersion, e.NoticeNumber, e.Changes),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Not a milestone."),
    };
}
