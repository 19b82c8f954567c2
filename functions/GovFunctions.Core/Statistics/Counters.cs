namespace GovFunctions.Core.Statistics;

/// <summary>
/// The names of the supervision counters kept per (department, item, region, Beijing day). Flows count what happened
/// on the day; gauges (<see cref="Gauges"/>) hold the day's change to a number of cases in some condition, so their
/// running sum up to a day is that number at the day's end.
/// </summary>
public static class Counters
{
    public const string Received = "received";
    public const string ReceivedOnline = "receivedOnline";
    public const string PreReviewed = "preReviewed";
    public const string PreReviewPassed = "preReviewPassed";
    public const string Accepted = "accepted";
    public const string Immediate = "immediate";
    public const string NotAccepted = "notAccepted";
    public const string Withdrawn = "withdrawn";
    public const string Supplemented = "supplemented";
    public const string Suspended = "suspended";
    public const string SuspendedWorkingDays = "suspendedWorkingDays";
    public const string Extended = "extended";
    public const string Approved = "approved";
    public const string Denied = "denied";
    public const string ConcludedOnTime = "concludedOnTime";
    public const string ConcludedOverdue = "concludedOverdue";
    public const string ConcludedWithinPromise = "concludedWithinPromise";
    public const string ReviewTimed = "reviewTimed";
    public const string ReviewWorkingDays = "reviewWorkingDays";
    public const string PromisedWorkingDays = "promisedWorkingDays";
    public const string StatutoryWorkingDays = "statutoryWorkingDays";
    public const string Delivered = "delivered";
    public const string Warned = "warned";
    public const string Overdue = "overdue";
    public const string YellowCards = "yellowCards";
    public const string RedCards = "redCards";
    public const string NoticesIssued = "noticesIssued";
    public const string NoticesAnswered = "noticesAnswered";
    public const string NoticesAnsweredLate = "noticesAnsweredLate";
    public const string NoticesOverdue = "noticesOverdue";
    public const string Rated = "rated";
    public const string RatedSatisfied = "ratedSatisfied";
    public const string RatedPoor = "ratedPoor";
    public const string RatingsVoided = "ratingsVoided";
    public const string RectificationsConcluded = "rectificationsConcluded";
    public const string RectificationsOnTime = "rectificationsOnTime";
    public const string RectificationsLate = "rectificationsLate";
    public const string CallBacksLate = "callBacksLate";
    public const string ComplaintsFiled = "complaintsFiled";
    public const string ComplaintsDeclined = "complaintsDeclined";
    public const string ComplaintsClosed = "complaintsClosed";
    public const string ComplaintsClosedOnTime = "complaintsClosedOnTime";
    public const string ComplaintAnswersReturned = "complaintAnswersReturned";
    public const string DisclosureReceived = "disclosureReceived";
    public const string DisclosureReceivedFromOrganisations = "disclosureReceivedFromOrganisations";
    public const string DisclosureExtended = "disclosureExtended";
    public const string DisclosureAnsweredOnTime = "disclosureAnsweredOnTime";
    public const string DisclosureCorrectionsRequested = "disclosureCorrectionsRequested";
    public const string DisclosureLapsed = "disclosureLapsed";
    public const string DisclosureFees = "disclosureFees";
    public const string DisclosureFeeYuan = "disclosureFeeYuan";

    /// <summary>依申请公开 answers, one counter per type (Art. 36, 37): <c>disclosureAnswered.disclosed</c> ….</summary>
    public const string DisclosureAnsweredPrefix = "disclosureAnswered.";

    /// <summary>Ratings, one counter per level: <c>ratedLevel.verySatisfied</c> … <c>ratedLevel.veryDissatisfied</c>.</summary>
    public const string RatedLevelPrefix = "ratedLevel.";

    /// <summary>Escalations, one counter per level: <c>escalated.departmentHead</c>, <c>escalated.supervision</c>.</summary>
    public const string EscalatedPrefix = "escalated.";

    /// <summary>The histogram of review working days of concluded cases: <c>reviewDays.{n}</c> counts those that used n.</summary>
    public const string ReviewDaysPrefix = "reviewDays.";

    public const string Open = "open";
    public const string OpenYellow = "openYellow";
    public const string OpenRed = "openRed";

    /// <summary>依申请公开 requests not yet answered or abandoned: pending at a period's end, carried over into the next.</summary>
    public const string DisclosurePending = "disclosurePending";

    public static IReadOnlySet<string> Gauges { get; } = new HashSet<string> { Open, OpenYellow, OpenRed, DisclosurePending };

    public static bool IsGauge(string counter) => Gauges.Contains(counter);

    /// <summary>Adds <paramref name="by"/> to a counter; one that comes to 0 is dropped, so equal counts compare equal.</summary>
    public static void Add(IDictionary<string, long> counters, string counter, long by)
    {
        var total = counters.TryGetValue(counter, out var value) ? value + by : by;
        if (total == 0)
        {
            counters.Remove(counter);
        }
        else
        {
            counters[counter] = total;
        }
    }
}
