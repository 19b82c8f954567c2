using System.Globalization;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// The indicators of 电子监察 over summed counters (README "Indicators" gives each formula). Counts of the period, and
/// the cases open, yellow and red at its end. A rate is null when nothing it divides by happened.
/// </summary>
public sealed record StatisticsIndicators(
    long Received,
    long Accepted,
    long NotAccepted,
    long Withdrawn,
    long Concluded,
    long Approved,
    long Denied,
    long Delivered,
    long InProgress,
    long ConcludedOnTime,
    long ConcludedOverdue,
    double? OnTimeRate,
    long OverdueOpen,
    long YellowOpen,
    long RedOpen,
    ReviewDays ReviewDays,
    long Immediate,
    double? ImmediateShare,
    long PreReviewed,
    double? PreReviewPassRate,
    long Supplemented,
    double? SupplementRate,
    long Suspensions,
    long SuspendedWorkingDays,
    long Extensions,
    IReadOnlyDictionary<string, long> Escalations,
    long ReceivedOnline,
    double? OnlineShare,
    long Warnings,
    long Overdue,
    long YellowCards,
    long RedCards,
    long NoticesIssued,
    long NoticesAnswered,
    long NoticesAnsweredLate,
    long NoticesOverdue,
    long Rated,
    double? EvaluationRate,
    double? SatisfactionRate,
    IReadOnlyDictionary<string, long> RatingLevels,
    long PoorRatings,
    long RatingsVoided,
    long RectificationsConcluded,
    long RectificationsOnTime,
    double? RectifiedOnTimeRate,
    long CallBacksLate,
    long RectificationsLate,
    long ComplaintsFiled,
    long ComplaintsDeclined,
    long ComplaintsClosed,
    long ComplaintsClosedOnTime,
    long ComplaintAnswersReturned,
    long DisclosureReceived,
    long DisclosureReceivedFromOrganisations,
    long DisclosureExtended,
    long DisclosureAnsweredOnTime,
    long DisclosureCorrectionsRequested,
    long DisclosureLapsed,
    long DisclosureFees,
    long DisclosureFeeYuan,
    long DisclosurePending,
    IReadOnlyDictionary<string, long> DisclosureAnswers)
{
    public static StatisticsIndicators Of(IReadOnlyDictionary<string, long> totals)
    {
        long C(string counter) => totals.GetValueOrDefault(counter);
        var concluded = C(Counters.Approved) + C(Counters.Denied);
        return new StatisticsIndicators(
            C(Counters.Received),
            C(Counters.Accepted),
            C(Counters.NotAccepted),
            C(Counters.Withdrawn),
            concluded,
            C(Counters.Approved),
            C(Counters.Denied),
            C(Counters.Delivered),
            C(Counters.Open),
            C(Counters.ConcludedOnTime),
            C(Counters.ConcludedOverdue),
            Rate(C(Counters.ConcludedOnTime), C(Counters.ReviewTimed)),
            C(Counters.OpenRed),
            C(Counters.OpenYellow),
            C(Counters.OpenRed),
            ReviewDays.Of(totals),
            C(Counters.Immediate),
            Rate(C(Counters.Immediate), C(Counters.Accepted)),
            C(Counters.PreReviewed),
            Rate(C(Counters.PreReviewPassed), C(Counters.PreReviewed)),
            C(Counters.Supplemented),
            Rate(C(Counters.Supplemented), C(Counters.Received)),
            C(Counters.Suspended),
            C(Counters.SuspendedWorkingDays),
            C(Counters.Extended),
            Prefixed(totals, Counters.EscalatedPrefix),
            C(Counters.ReceivedOnline),
            Rate(C(Counters.ReceivedOnline), C(Counters.Received)),
            C(Counters.Warned),
            C(Counters.Overdue),
            C(Counters.YellowCards),
            C(Counters.RedCards),
            C(Counters.NoticesIssued),
            C(Counters.NoticesAnswered),
            C(Counters.NoticesAnsweredLate),
            C(Counters.NoticesOverdue),
            C(Counters.Rated),
            // Rated out of what could be rated: the decided and the not accepted (RateCase's rule).
            Rate(C(Counters.Rated), concluded + C(Counters.NotAccepted)),
            Rate(C(Counters.RatedSatisfied), C(Counters.Rated)),
            Prefixed(totals, Counters.RatedLevelPrefix),
            C(Counters.RatedPoor),
            C(Counters.RatingsVoided),
            C(Counters.RectificationsConcluded),
            C(Counters.RectificationsOnTime),
            // 差评整改率: rectifications concluded within their limit ÷ poor ratings (voided ones left out), both of the period.
            Rate(C(Counters.RectificationsOnTime), C(Counters.RatedPoor)),
            C(Counters.CallBacksLate),
            C(Counters.RectificationsLate),
            C(Counters.ComplaintsFiled),
            C(Counters.ComplaintsDeclined),
            C(Counters.ComplaintsClosed),
            C(Counters.ComplaintsClosedOnTime),
            C(Counters.ComplaintAnswersReturned),
            C(Counters.DisclosureReceived),
            C(Counters.DisclosureReceivedFromOrganisations),
            C(Counters.DisclosureExtended),
            C(Counters.DisclosureAnsweredOnTime),
            C(Counters.DisclosureCorrectionsRequested),
            C(Counters.DisclosureLapsed),
            C(Counters.DisclosureFees),
            C(Counters.DisclosureFeeYuan),
            C(Counters.DisclosurePending),
            Prefixed(totals, Counters.DisclosureAnsweredPrefix));
    }

    /// <summary>The counters named <paramref name="prefix"/>…, by the rest of their name.</summary>
    private static Dictionary<string, long> Prefixed(IReadOnlyDictionary<string, long> totals, string prefix) =>
        totals.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(t => t.Key[prefix.Length..], t => t.Value);

    public static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}

/// <summary>
/// Working days the reviews of the period's concluded cases used (suspensions not counted): mean, median and p90
/// (nearest rank over the exact histogram), the mean promised and statutory limits, and 提速率 = 1 − used ÷ statutory.
/// </summary>
public sealed record ReviewDays(long Cases, double? Mean, int? Median, int? P90, double? MeanPromised, double? MeanStatutory, double? SpeedUpRate, double? WithinPromiseRate)
{
    public static ReviewDays Of(IReadOnlyDictionary<string, long> totals)
    {
        var cases = totals.GetValueOrDefault(Counters.ReviewTimed);
        var histogram = totals
            .Where(t => t.Key.StartsWith(Counters.ReviewDaysPrefix, StringComparison.Ordinal) && t.Value > 0)
            .Select(t => (Days: int.Parse(t.Key[Counters.ReviewDaysPrefix.Length..], CultureInfo.InvariantCulture), Count: t.Value))
            .OrderBy(h => h.Days)
            .ToList();
        var used = totals.GetValueOrDefault(Counters.ReviewWorkingDays);
        var statutory = totals.GetValueOrDefault(Counters.StatutoryWorkingDays);
        return new ReviewDays(
            cases,
            Average(used, cases),
            Percentile(histogram, 0.5),
            Percentile(histogram, 0.9),
            Average(totals.GetValueOrDefault(Counters.PromisedWorkingDays), cases),
            Average(statutory, cases),
            statutory == 0 ? null : Math.Round(1 - (double)used / statutory, 4),
            StatisticsIndicators.Rate(totals.GetValueOrDefault(Counters.ConcludedWithinPromise), cases));
    }

    private static double? Average(long sum, long count) => count == 0 ? null : Math.Round((double)sum / count, 2);

    /// <summary>The smallest value at least <paramref name="share"/> of the cases are at or under (nearest rank).</summary>
    private static int? Percentile(IReadOnlyList<(int Days, long Count)> histogram, double share)
    {
        var total = histogram.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(share * total);
        long seen = 0;
        foreach (var (days, count) in histogram)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return histogram[^1].Days;
    }
}
