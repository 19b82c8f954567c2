using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

public class AcceptanceTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    [Fact]
    public void Accepting_on_time_starts_the_review_clock_and_the_first_review_step()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Now = Beijing(2026, 3, 3);

        var state = scenario.Accept();

        Assert.Equal(CaseStage.UnderReview, state.Stage);
        Assert.Equal((ClockKind.Review, scenario.Now, 5), (state.Clock!.Kind, state.Clock.StartedAt, state.Clock.LimitWorkingDays));
        // Tuesday 3 March + 5 working days = Tuesday 10 March, midnight after it.
        Assert.Equal(Beijing(2026, 3, 11, 0), state.Clock.Deadline);
        var step = state.CurrentStep!;
        Assert.Equal((1, "审查", PlatformRole.Reviewer, "330300-QXJ"), (step.Index, step.Step, step.Role, step.DepartmentCode));
        Assert.Equal(Beijing(2026, 3, 6, 0), step.Deadline); // 2 working days: Wed, Thu
    }

    [Fact]
    public void The_acceptance_clock_skips_the_Spring_Festival_and_counts_its_adjusted_Saturday()
    {
        // Friday 13 February 2026; Saturday 14 February is a working day (调休), 15–23 February are holidays.
        var scenario = Submitted(Lightning, Beijing(2026, 2, 13));

        // 14 (Sat), 24, 25, 26, 27 February: the fifth working day is Friday 27 February.
        Assert.Equal(Beijing(2026, 2, 28, 0), scenario.State.Clock!.Deadline);
    }

    [Fact]
    public void The_acceptance_clock_skips_National_Day_and_counts_its_adjusted_Saturday()
    {
        // Wednesday 30 September 2026; 1–7 October are holidays, Saturday 10 October is a working day.
        var scenario = Submitted(Lightning, Beijing(2026, 9, 30));

        // 8, 9, 10 (Sat), 12, 13 October.
        Assert.Equal(Beijing(2026, 10, 14, 0), scenario.State.Clock!.Deadline);
    }

    [Fact]
    public void Accepted_after_the_acceptance_limit_the_review_clock_counts_from_submission()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Now = Beijing(2026, 3, 12); // past the acceptance deadline (midnight after Monday 9 March)

        var state = scenario.Accept();

        // 行政许可法 第三十二条: not told of defects in time, the application counts as accepted on receipt.
        Assert.Equal(Monday, state.Clock!.StartedAt);
        Assert.Equal(Beijing(2026, 3, 10, 0), state.Clock.Deadline);
        Assert.Equal(scenario.Now, state.AcceptedAt);
    }

    [Fact]
    public void Only_the_accepting_window_accepts()
    {
        var scenario = Submitted(CountyAcceptsCityDecides, Monday);
        var before = scenario.State;

        // Another department's clerk, not involved in the item: no such case.
        Assert.Throws<NotFoundException>(() => ReviewDecisions.Accept(before, scenario.Item, Staff(PlatformRole.Clerk, "350700-QXJ"), scenario.Calendar, Monday));
        // The city department decides this item, but its clerk is not the accepting window.
        var conflict = Assert.Throws<ConflictException>(() => ReviewDecisions.Accept(before, scenario.Item, Staff(PlatformRole.Clerk, "330300-STHJJ"), scenario.Calendar, Monday));
        Assert.Contains("330381-STHJFJ", conflict.Message);
        // A reviewer of the window's own department lacks the clerk's role.
        Assert.Throws<AccessDeniedException>(() => ReviewDecisions.Accept(before, scenario.Item, Staff(PlatformRole.Reviewer, "330381-STHJFJ"), scenario.Calendar, Monday));
        // The applicant is not staff at all.
        Assert.Throws<NotFoundException>(() => ReviewDecisions.Accept(before, scenario.Item, Applicant, scenario.Calendar, Monday));
    }

    [Fact]
    public void A_case_is_accepted_once()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();

        var refusal = Assert.Throws<ConflictException>(() => scenario.Accept());
        Assert.Contains("under review", refusal.Message);
    }

    [Fact]
    public void Refusing_acceptance_needs_a_reason_and_closes_the_case()
    {
        var scenario = Submitted(Lightning, Monday);

        var invalid = Assert.Throws<ValidationFailedException>(() => ReviewDecisions.RejectAcceptance(scenario.State, scenario.Item, scenario.Window, new RefusalCommand(" "), Monday));
        Assert.Contains("reason", invalid.Errors.Keys);

        var state = scenario.Do((s, i, now) => ReviewDecisions.RejectAcceptance(s, i, scenario.Window, new RefusalCommand("不属于本机关职权范围"), now));
        Assert.Equal((CaseStage.NotAccepted, "不属于本机关职权范围", null), (state.Stage, state.RefusalReason, state.Clock));
        Assert.Null(scenario.NextAlarm());
        Assert.Equal("caseNotAccepted", CaseMilestones.TypeOf(scenario.History[^1], CaseStage.Submitted));
    }

    [Fact]
    public void An_item_with_online_pre_review_is_pre_reviewed_before_acceptance()
    {
        var scenario = Submitted(WithPreReview, Monday);
        Assert.Equal(CaseStage.PreReview, scenario.State.Stage);
        Assert.Throws<ConflictException>(() => scenario.Accept());

        var noReason = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.PreReview(scenario.State, scenario.Item, scenario.Window, new PreReviewCommand("return", null), Monday));
        Assert.Contains("reason", noReason.Errors.Keys);
        var badOutcome = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.PreReview(scenario.State, scenario.Item, scenario.Window, new PreReviewCommand("maybe", null), Monday));
        Assert.Contains("outcome", badOutcome.Errors.Keys);

        // Returned, the case is a draft again: the applicant fixes it and submits anew, with a new acceptance clock.
        var returned = scenario.Do((s, i, now) => ReviewDecisions.PreReview(s, i, scenario.Window, new PreReviewCommand("return", "设计图纸不清晰"), now));
        Assert.Equal((CaseStage.Draft, null), (returned.Stage, returned.Clock));
        scenario.Upload("M02");
        scenario.Now = Beijing(2026, 3, 4);
        scenario.Do((s, i, now) => CaseDecisions.Submit(s, i, Applicant, scenario.Calendar, now));
        Assert.Equal((CaseStage.PreReview, scenario.Now), (scenario.State.Stage, scenario.State.Clock!.StartedAt));

        scenario.Do((s, i, now) => ReviewDecisions.PreReview(s, i, scenario.Window, new PreReviewCommand("pass", null), now));
        Assert.Equal(CaseStage.Submitted, scenario.State.Stage);
        Assert.Equal(CaseStage.UnderReview, scenario.Accept().Stage);
    }
}
