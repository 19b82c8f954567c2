using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>What each event adds to the counters, on the day it happened; gauges as changes that add up to the state.</summary>
public class CaseCountsTests
{
    [Fact]
    public void A_case_reviewed_in_time_counts_its_way_and_leaves_nothing_open()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Accept();
        while (scenario.State.CurrentStep!.Index < scenario.Item.ReviewSteps.Count - 1)
        {
            scenario.Now = scenario.Now.AddHours(2);
            scenario.Forward();
        }

        scenario.Now = scenario.Now.AddDays(1);
        scenario.Decide();

        var totals = Sum(scenario.History);
        Assert.Equal(1, totals[Counters.Received]);
        Assert.Equal(1, totals[Counters.ReceivedOnline]);
        Assert.Equal(1, totals[Counters.Accepted]);
        Assert.Equal(1, totals[Counters.Approved]);
        Assert.Equal(1, totals[Counters.ConcludedOnTime]);
        Assert.Equal(1, totals[Counters.ConcludedWithinPromise]);
        var used = scenario.State.Decision!.ReviewTime!;
        Assert.Equal(used.WorkingDaysUsed, totals[Counters.ReviewWorkingDays]);
        Assert.Equal(1, totals[Counters.ReviewDaysPrefix + used.WorkingDaysUsed]);
        Assert.Equal(TimeLimits.For(Lightning).StatutoryWorkingDays, totals[Counters.StatutoryWorkingDays]);
        Assert.Equal(5, totals[Counters.PromisedWorkingDays]);
        Assert.False(totals.ContainsKey(Counters.Open), "decided: no longer in progress");
    }

    [Fact]
    public void Turning_yellow_then_red_moves_the_case_between_the_gauges_and_a_decision_takes_it_out()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Accept();
        var warned = scenario.FireNextAlarm();
        Assert.IsType<ClockWarned>(warned);
        Assert.Equal((1, 1, 0), Gauges(Sum(scenario.History)));

        while (scenario.FireNextAlarm() is not ClockOverdue)
        {
        }

        var atRed = Sum(scenario.History);
        Assert.Equal((1, 0, 1), Gauges(atRed));
        Assert.Equal(1, atRed[Counters.Warned]);
        Assert.Equal(1, atRed[Counters.Overdue]);
        Assert.Equal(1, atRed[Counters.RedCards]);

        while (scenario.State.CurrentStep!.Index < scenario.Item.ReviewSteps.Count - 1)
        {
            scenario.Forward();
        }

        // Red on the promise (5 days) is not late against the law (20): on time, not within the promise.
        scenario.Decide();
        var totals = Sum(scenario.History);
        Assert.Equal((0, 0, 0), Gauges(totals));
        Assert.Equal(1, totals[Counters.ConcludedOnTime]);
        Assert.False(totals.ContainsKey(Counters.ConcludedWithinPromise));
    }

    [Fact]
    public void A_decision_past_the_statutory_limit_is_concluded_overdue()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Accept();
        while (scenario.State.CurrentStep!.Index < scenario.Item.ReviewSteps.Count - 1)
        {
            scenario.Forward();
        }

        scenario.Now = scenario.Now.AddDays(40);
        scenario.Decide();

        var totals = Sum(scenario.History);
        Assert.Equal(1, totals[Counters.ConcludedOverdue]);
        Assert.False(totals.ContainsKey(Counters.ConcludedOnTime));
    }

    [Fact]
    public void A_filing_returned_by_pre_review_and_filed_again_is_received_once()
    {
        var scenario = Submitted(WithPreReview, Beijing(2026, 3, 2));
        scenario.Do((s, i, now) => ReviewDecisions.PreReview(s, i, scenario.Window, new PreReviewCommand("return", "不清晰"), now));
        Assert.Equal(0, Sum(scenario.History).GetValueOrDefault(Counters.Open));
        scenario.Do((s, i, now) => CaseDecisions.Submit(s, i, Applicant, scenario.Calendar, now));
        scenario.Do((s, i, now) => ReviewDecisions.PreReview(s, i, scenario.Window, new PreReviewCommand("pass", null), now));

        var totals = Sum(scenario.History);
        Assert.Equal(1, totals[Counters.Received]);
        Assert.Equal(2, totals[Counters.PreReviewed]);
        Assert.Equal(1, totals[Counters.PreReviewPassed]);
        Assert.Equal(1, totals[Counters.Open]);
    }

    [Fact]
    public void A_poor_rating_counts_as_rated_and_poor()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Do((s, i, now) => ReviewDecisions.RejectAcceptance(s, i, scenario.Window, new RefusalCommand("不符合条件"), now));
        scenario.Do((s, _, now) => RatingDecisions.Rate(s, Applicant, new RatingCommand("dissatisfied", null, null, "等太久"), new RatingOptions(), WorkCalendar.Official, now));

        var totals = Sum(scenario.History);
        Assert.Equal((1, 1, 0), (totals[Counters.Rated], totals[Counters.RatedPoor], totals.GetValueOrDefault(Counters.RatedSatisfied)));
        Assert.Equal(1, StatisticsIndicators.Of(totals).RatingLevels["dissatisfied"]);
        Assert.Equal(1, totals[Counters.NotAccepted]);
        Assert.Equal(1d, StatisticsIndicators.Of(totals).EvaluationRate);
    }

    [Fact]
    public void Drafting_counts_nothing_and_owes_nothing()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        var drafting = scenario.History.Take(scenario.History.Count - 1).ToList();
        CaseState? before = null;
        foreach (var @event in drafting)
        {
            var after = CaseEvolution.Apply(before, @event);
            Assert.Empty(CaseCounts.Of(@event, before, after));
            before = after;
        }
    }

    [Fact]
    public void Counts_fall_on_the_Beijing_day_of_the_event()
    {
        // 23:30 UTC on 1 March is 07:30 on 2 March in Beijing.
        var scenario = Submitted(Lightning, new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));
        var record = new CaseRecord(scenario.State, scenario.History, new CaseOutbox(false, []), new Dictionary<string, string>());

        var received = StatisticsCounting.CountsOf(record).Single(c => c.Counts.ContainsKey(Counters.Received));

        Assert.Equal(new DateOnly(2026, 3, 2), received.Day);
        Assert.Equal(new CountedScope(scenario.State.DepartmentCode, Lightning.Code, scenario.State.RegionCode), received.Scope);
    }

    private static Dictionary<string, long> Sum(IReadOnlyList<CaseEvent> history)
    {
        var totals = new Dictionary<string, long>();
        CaseState? before = null;
        foreach (var @event in history)
        {
            var after = CaseEvolution.Apply(before, @event);
            foreach (var (counter, by) in CaseCounts.Of(@event, before, after))
            {
                totals[counter] = totals.GetValueOrDefault(counter) + by;
            }

            before = after;
        }

        return totals.Where(t => t.Value != 0).ToDictionary();
    }

    private static (long Open, long Yellow, long Red) Gauges(Dictionary<string, long> totals) =>
        (totals.GetValueOrDefault(Counters.Open), totals.GetValueOrDefault(Counters.OpenYellow), totals.GetValueOrDefault(Counters.OpenRed));
}
