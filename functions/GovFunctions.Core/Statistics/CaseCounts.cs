using System.Text.Json;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// What one event of a case adds to the supervision counters: a pure function of the event and the states before and
/// after it, so counting as it happens and a rebuild from the history always agree. Empty for events nothing counts.
/// </summary>
public static class CaseCounts
{
    private static readonly IReadOnlyList<(string Gauge, Func<CaseState, bool> Holds)> GaugeRules =
    [
        (Counters.Open, IsOpen),
        (Counters.OpenYellow, s => IsOpen(s) && s.Clock?.Level == AlarmLevel.Warning),
        (Counters.OpenRed, s => IsOpen(s) && s.Clock?.Level == AlarmLevel.Overdue),
        (Counters.DisclosurePending, s => s.Disclosure is { IsOpen: true }),
    ];

    /// <summary>The sequence to owe in the case's outbox for the event recorded at <paramref name="sequence"/>, when it counts.</summary>
    public static int? Owed(CaseEvent @event, CaseState? before, CaseState after, int sequence) => Of(@event, before, after).Count > 0 ? sequence : null;

    public static IReadOnlyDictionary<string, long> Of(CaseEvent @event, CaseState? before, CaseState after)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string counter, long by = 1) => Counters.Add(counts, counter, by);

        switch (@event)
        {
            // Filed online through the platform; a counter (窗口) channel would count its own filings beside these.
            case CaseSubmitted when before?.SubmittedAt is null:
                Add(Counters.Received);
                Add(Counters.ReceivedOnline);
                break;
            case CasePreReviewed e:
                Add(Counters.PreReviewed);
                if (e.Passed)
                {
                    Add(Counters.PreReviewPassed);
                }

                break;
            case CaseAccepted e:
                Add(Counters.Accepted);
                // 即办件: a guide with a limit of 0 working days is decided on the spot.
                if (e.ReviewClock.LimitWorkingDays == 0)
                {
                    Add(Counters.Immediate);
                }

                break;
            case AcceptanceRefused:
                Add(Counters.NotAccepted);
                break;
            case CaseWithdrawn:
                Add(Counters.Withdrawn);
                break;
            case SupplementRequested when before?.Supplement is null:
                Add(Counters.Supplemented);
                break;
            case CaseSuspended { Fee: { } fee }:
                Add(Counters.DisclosureFees);
                Add(Counters.DisclosureFeeYuan, fee.Amount);
                break;
            case CaseSuspended:
                Add(Counters.Suspended);
                break;
            case CaseResumed { FeePaid: true }:
                break;
            case CaseResumed e:
                Add(Counters.SuspendedWorkingDays, e.PausedWorkingDays);
                break;
            case CaseExtended:
                Add(Counters.Extended);
                break;
            case CaseDecided e:
                Add(e.Outcome == DecisionOutcome.Approved ? Counters.Approved : Counters.Denied);
                if (e.ReviewTime is { } time)
                {
                    AddReviewTime(time, Add);
                }

                break;
            case CaseDelivered:
                Add(Counters.Delivered);
                break;
            case ClockOverdue { Clock: ClockKind.CallBack }:
                Add(Counters.CallBacksLate);
                break;
            case ClockOverdue { Clock: ClockKind.Rectification }:
                Add(Counters.RectificationsLate);
                break;
            case ClockWarned e when ClockKinds.IsRectification(e.Clock):
                break;
            case ClockWarned e:
                Add(Counters.Warned);
                if (e.Card is not null)
                {
                    Add(Counters.YellowCards);
                }

                break;
            case ClockOverdue e:
                Add(Counters.Overdue);
                if (e.Card is not null)
                {
                    Add(Counters.RedCards);
                }

                break;
            case StepOverran:
                Add(Counters.YellowCards);
                break;
            case CaseEscalated e:
                Add(Counters.EscalatedPrefix + JsonNamingPolicy.CamelCase.ConvertName(e.Level.ToString()));
                break;
            case NoticeIssued or SupervisionFileOpened:
                Add(Counters.NoticesIssued);
                break;
            case NoticeAnswered e:
                Add(Counters.NoticesAnswered);
                if (after.Notices.FirstOrDefault(n => n.Number == e.Notice)?.AnsweredLate == true)
                {
                    Add(Counters.NoticesAnsweredLate);
                }

                break;
            case NoticeOverdue:
                Add(Counters.NoticesOverdue);
                break;
            case CaseRated e:
                Add(Counters.Rated);
                Add(e.Rating.IsPoor ? Counters.RatedPoor : Counters.RatedSatisfied);
                Add(LevelCounter(e.Rating.Level));
                break;
            case RectificationConcluded:
                Add(Counters.RectificationsConcluded);
                if (after.Rectification!.ConcludedOnTime)
                {
                    Add(Counters.RectificationsOnTime);
                }

                break;
            case DisclosureRequested e:
                Add(Counters.DisclosureReceived);
                if (e.Request.Requester.Kind == "organisation")
                {
                    Add(Counters.DisclosureReceivedFromOrganisations);
                }

                break;
            case DisclosureExtended:
                Add(Counters.DisclosureExtended);
                break;
            case DisclosureCorrectionRequested:
                Add(Counters.DisclosureCorrectionsRequested);
                break;
            case DisclosureLapsed:
                Add(Counters.DisclosureLapsed);
                break;
            case DisclosureAnswered e:
                Add(Counters.DisclosureAnsweredPrefix + e.Answer.Type);
                if (before?.Clock is { } answerClock && e.At <= answerClock.Deadline)
                {
                    Add(Counters.DisclosureAnsweredOnTime);
                }

                break;
            case ComplaintFiled:
                Add(Counters.ComplaintsFiled);
                break;
            case ComplaintDeclined:
                Add(Counters.ComplaintsDeclined);
                break;
            case ComplaintAnswerReturned:
                Add(Counters.ComplaintAnswersReturned);
                break;
            case ComplaintClosed:
                Add(Counters.ComplaintsClosed);
                if (after.Complaint!.ClosedOnTime)
                {
                    Add(Counters.ComplaintsClosedOnTime);
                }

                break;
            // A voided rating no longer counts; the voiding does.
            case RatingAppealDecided { Upheld: true }:
                Add(Counters.Rated, -1);
                Add(Counters.RatedPoor, -1);
                Add(LevelCounter(after.Rating!.Level), -1);
                Add(Counters.RatingsVoided);
                break;
        }

        foreach (var (gauge, holds) in GaugeRules)
        {
            Add(gauge, (holds(after) ? 1 : 0) - (before is not null && holds(before) ? 1 : 0));
        }

        return counts;
    }

    private static string LevelCounter(Participation.RatingLevel level) => Counters.RatedLevelPrefix + JsonNamingPolicy.CamelCase.ConvertName(level.ToString());

    /// <summary>In progress: received and neither concluded nor closed; a draft returned by pre-review is the applicant's again.</summary>
    public static bool IsOpen(CaseState state) =>
        state.Stage is CaseStage.PreReview or CaseStage.Submitted or CaseStage.SupplementRequested or CaseStage.UnderReview;

    /// <summary>按时办结 is judged against the law's limit with the extension granted; decisions recorded before it was kept, against the promise.</summary>
    private static void AddReviewTime(ReviewTime time, Action<string, long> add)
    {
        var statutory = time.StatutoryWorkingDays ?? time.LimitWorkingDays;
        add(Counters.ReviewTimed, 1);
        add(time.WorkingDaysUsed <= statutory ? Counters.ConcludedOnTime : Counters.ConcludedOverdue, 1);
        if (time.WorkingDaysUsed <= time.LimitWorkingDays)
        {
            add(Counters.ConcludedWithinPromise, 1);
        }

        add(Counters.ReviewWorkingDays, time.WorkingDaysUsed);
        add(Counters.PromisedWorkingDays, time.LimitWorkingDays);
        add(Counters.StatutoryWorkingDays, statutory);
        add(Counters.ReviewDaysPrefix + Math.Max(0, time.WorkingDaysUsed), 1);
    }
}
