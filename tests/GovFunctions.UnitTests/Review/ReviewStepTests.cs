using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

public class ReviewStepTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    private static ReviewScenario UnderReview(GovFunctions.Core.Catalog.ServiceItem item)
    {
        var scenario = Submitted(item, Monday);
        scenario.Accept();
        return scenario;
    }

    [Fact]
    public void Steps_go_forward_in_the_guide_order_each_with_its_owner_and_clock()
    {
        var scenario = UnderReview(Lightning);
        scenario.Now = Beijing(2026, 3, 3);

        var state = scenario.Forward("材料齐全");

        Assert.Equal(("审核", PlatformRole.Approver, scenario.Now, Beijing(2026, 3, 5, 0)),
            (state.CurrentStep!.Step, state.CurrentStep.Role, state.CurrentStep.StartedAt, state.CurrentStep.Deadline));
        var done = state.Steps[0];
        Assert.Equal((StepOutcome.Forwarded, "材料齐全", scenario.Now), (done.Outcome, done.Opinion, done.CompletedAt));
    }

    [Fact]
    public void A_step_returned_goes_back_to_the_previous_step_as_a_new_pass()
    {
        var scenario = UnderReview(Lightning);
        scenario.Forward();

        var state = scenario.Do((s, i, now) => ReviewDecisions.CompleteStep(s, i, scenario.OwnerOf(2), new StepCompletionCommand("return", "补充论证"), scenario.Calendar, now));

        Assert.Equal((1, "审查"), (state.CurrentStep!.Index, state.CurrentStep.Step));
        Assert.Equal([StepOutcome.Forwarded, StepOutcome.Returned], state.Steps.Where(s => s.Outcome is not null).Select(s => s.Outcome!.Value));
        Assert.Equal(3, state.Steps.Count);
    }

    [Fact]
    public void Completing_a_step_checks_owner_outcome_opinion_and_position()
    {
        var scenario = UnderReview(Lightning);
        var state = scenario.State;

        Assert.Throws<AccessDeniedException>(() => ReviewDecisions.CompleteStep(state, scenario.Item, scenario.Window, new StepCompletionCommand("forward", "x"), scenario.Calendar, Monday));
        Assert.Contains("reviewer", Assert.Throws<ConflictException>(() =>
            ReviewDecisions.CompleteStep(state, scenario.Item, scenario.OwnerOf(2), new StepCompletionCommand("forward", "x"), scenario.Calendar, Monday)).Message);
        var invalid = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.CompleteStep(state, scenario.Item, scenario.OwnerOf(1), new StepCompletionCommand("return", null), scenario.Calendar, Monday));
        Assert.Equal(["opinion", "outcome"], invalid.Errors.Keys.Order());
        Assert.Throws<ConflictException>(() => ReviewDecisions.Decide(state, scenario.Item, scenario.OwnerOf(1),
            new DecisionCommand("approved", ["x"], "y", "z"), scenario.Calendar, Monday));

        scenario.Forward();
        scenario.Forward();
        Assert.Contains("decision", Assert.Throws<ConflictException>(() => scenario.Forward()).Message);
    }

    [Fact]
    public void A_multi_level_case_moves_to_the_other_level_and_the_lower_level_has_its_own_period()
    {
        var scenario = Submitted(CountyAcceptsCityDecides, Monday);
        var state = scenario.Accept();
        // 第四十三条: the county reviews first within 20 working days of acceptance; its 3-day step is well inside.
        Assert.Equal(("审查", "330381-STHJFJ"), (state.CurrentStep!.Step, state.CurrentStep.DepartmentCode));
        Assert.True(state.CurrentStep.Deadline <= scenario.Calendar.DeadlineAfter(state.Clock!.StartedAt, TimeLimits.DefaultLowerLevelReviewWorkingDays));

        state = scenario.Forward();

        Assert.Equal(("审核", "330300-STHJJ", PlatformRole.Approver), (state.CurrentStep!.Step, state.CurrentStep.DepartmentCode, state.CurrentStep.Role));
        Assert.Equal(("330300-STHJJ", "330300"), state.HandlingDepartment);
        // The county's approver is involved in the case but does not own the city's step.
        Assert.Throws<ConflictException>(() => ReviewDecisions.CompleteStep(state, scenario.Item, Staff(PlatformRole.Approver, "330381-STHJFJ"),
            new StepCompletionCommand("forward", "x"), scenario.Calendar, Monday));
        Assert.Equal("决定", scenario.Forward().CurrentStep!.Step);
        Assert.Equal(CaseStage.Decided, scenario.Decide().Stage);
        // The county window delivers.
        scenario.Do((s, i, now) => ReviewDecisions.Deliver(s, i, scenario.Window, new DeliveryCommand("窗口领取", null), now));
        Assert.Equal(CaseStage.Delivered, scenario.State.Stage);
    }

    [Fact]
    public void The_lower_level_step_never_runs_past_its_statutory_period()
    {
        var item = CountyAcceptsCityDecides with
        {
            LowerLevelReviewWorkingDays = 1,
            ReviewSteps = [.. CountyAcceptsCityDecides.ReviewSteps.Select((s, i) => i == 1 ? s with { LimitWorkingDays = 3 } : s)],
        };
        var scenario = Submitted(item, Monday);

        var state = scenario.Accept();

        Assert.Equal(Beijing(2026, 3, 4, 0), state.CurrentStep!.Deadline); // one working day after Monday's acceptance, not three
    }

    [Fact]
    public void Suspension_stops_the_clock_and_resuming_moves_the_deadlines_by_the_working_days_paused()
    {
        var scenario = UnderReview(Lightning); // review deadline: midnight after Monday 9 March
        var reviewDeadline = scenario.State.Clock!.Deadline;
        var stepDeadline = scenario.State.CurrentStep!.Deadline;
        scenario.Now = Beijing(2026, 3, 3);
        scenario.Do((s, i, now) => ReviewDecisions.Suspend(s, i, scenario.OwnerOf(1), new SuspensionCommand("expertReview", "组织专家评审"), now));

        Assert.Null(scenario.NextAlarm());
        Assert.Throws<ConflictException>(() => scenario.Forward());
        Assert.Throws<ConflictException>(() => ReviewDecisions.Suspend(scenario.State, scenario.Item, scenario.OwnerOf(1), new SuspensionCommand("hearing", "x"), scenario.Now));

        scenario.Now = Beijing(2026, 3, 10); // Tuesday 3 → Tuesday 10 March: 5 working days
        var state = scenario.Do((s, i, now) => ReviewDecisions.Resume(s, i, scenario.OwnerOf(1), scenario.Calendar, now));

        var suspension = Assert.Single(state.Suspensions);
        Assert.Equal((SuspensionReason.ExpertReview, 5, scenario.Now), (suspension.Reason, suspension.PausedWorkingDays, suspension.EndedAt));
        Assert.Equal(scenario.Calendar.Extend(reviewDeadline, 5), state.Clock!.Deadline);
        Assert.Equal(Beijing(2026, 3, 17, 0), state.Clock.Deadline);
        Assert.Equal(scenario.Calendar.Extend(stepDeadline, 5), state.CurrentStep!.Deadline);
        Assert.Equal(5, state.Clock.PausedWorkingDays);
    }

    [Fact]
    public void Suspension_needs_a_known_reason_and_a_note()
    {
        var scenario = UnderReview(Lightning);

        var invalid = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Suspend(scenario.State, scenario.Item, scenario.OwnerOf(1), new SuspensionCommand("lunch", null), Monday));

        Assert.Equal(["note", "reason"], invalid.Errors.Keys.Order());
        Assert.Throws<ConflictException>(() => ReviewDecisions.Resume(scenario.State, scenario.Item, scenario.OwnerOf(1), scenario.Calendar, Monday));
    }

    [Fact]
    public void The_limit_is_extended_once_by_the_deciding_approver_within_the_limit_and_the_guide()
    {
        var scenario = UnderReview(Lightning);
        var approver = scenario.DecidingApprover;
        var deadline = scenario.State.Clock!.Deadline;

        Assert.Throws<AccessDeniedException>(() => ReviewDecisions.Extend(scenario.State, scenario.Item, scenario.OwnerOf(1), new ExtensionCommand(5, "x"), scenario.Calendar, Monday));
        var tooLong = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Extend(scenario.State, scenario.Item, approver, new ExtensionCommand(11, null), scenario.Calendar, Monday));
        Assert.Equal(["reason", "workingDays"], tooLong.Errors.Keys.Order());

        var state = scenario.Do((s, i, now) => ReviewDecisions.Extend(s, i, approver, new ExtensionCommand(10, "需现场核查"), scenario.Calendar, now));

        Assert.Equal(scenario.Calendar.Extend(deadline, 10), state.Clock!.Deadline);
        Assert.Equal((10, "需现场核查", state.Clock.Deadline), (state.Extension!.WorkingDays, state.Extension.Reason, state.Extension.NewDeadline));
        Assert.Contains("once", Assert.Throws<ConflictException>(() =>
            ReviewDecisions.Extend(state, scenario.Item, approver, new ExtensionCommand(1, "x"), scenario.Calendar, Monday)).Message);
    }

    [Fact]
    public void Extension_is_refused_after_the_limit_ran_out_outside_the_deciding_department_and_where_the_guide_allows_none()
    {
        var late = UnderReview(Lightning);
        Assert.Contains("第四十二条", Assert.Throws<ConflictException>(() =>
            ReviewDecisions.Extend(late.State, late.Item, late.DecidingApprover, new ExtensionCommand(2, "x"), late.Calendar, Beijing(2026, 3, 12))).Message);

        var multiLevel = UnderReview(CountyAcceptsCityDecides);
        Assert.Throws<ConflictException>(() => ReviewDecisions.Extend(multiLevel.State, multiLevel.Item, Staff(PlatformRole.Approver, "330381-STHJFJ"),
            new ExtensionCommand(1, "x"), multiLevel.Calendar, Monday));
        Assert.Contains("no extension", Assert.Throws<ConflictException>(() => ReviewDecisions.Extend(multiLevel.State, multiLevel.Item,
            multiLevel.DecidingApprover, new ExtensionCommand(1, "x"), multiLevel.Calendar, Monday)).Message);
    }

    [Fact]
    public void The_decision_cites_its_basis_and_starts_the_delivery_clock()
    {
        var scenario = UnderReview(Lightning);
        scenario.Forward();
        scenario.Forward();
        var invalid = Assert.Throws<ValidationFailedException>(() => ReviewDecisions.Decide(scenario.State, scenario.Item, scenario.OwnerOf(3),
            new DecisionCommand("maybe", [], null, null), scenario.Calendar, Monday));
        Assert.Equal(["legalBasis", "outcome", "reasons", "resultDocument"], invalid.Errors.Keys.Order());

        var state = scenario.Decide("denied");

        Assert.Equal(CaseStage.Decided, state.Stage);
        Assert.Equal((DecisionOutcome.Denied, "温气审〔2026〕1号"), (state.Decision!.Outcome, state.Decision.ResultDocument));
        Assert.Equal(StepOutcome.Decided, state.Steps[^1].Outcome);
        // 第四十四条: 10 working days to deliver.
        Assert.Equal((ClockKind.Delivery, 10, Beijing(2026, 3, 17, 0)), (state.Clock!.Kind, state.Clock.LimitWorkingDays, state.Clock.Deadline));
        Assert.Equal("caseConcluded", CaseMilestones.TypeOf(scenario.History[^1], CaseStage.Submitted));
        Assert.Throws<ConflictException>(() => CaseDecisions.Withdraw(state, Applicant, "不想要了", Monday));
    }

    [Fact]
    public void Delivery_uses_a_method_of_the_guide_and_post_needs_a_tracking_number()
    {
        var scenario = UnderReview(Lightning);
        scenario.Forward();
        scenario.Forward();
        scenario.Decide();

        Assert.Contains("trackingNumber", Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Deliver(scenario.State, scenario.Item, scenario.Window, new DeliveryCommand("邮寄送达", null), Monday)).Errors.Keys);
        Assert.Contains("trackingNumber", Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Deliver(scenario.State, scenario.Item, scenario.Window, new DeliveryCommand("邮寄送达", "SF-1; DROP"), Monday)).Errors.Keys);
        Assert.Contains("method", Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Deliver(scenario.State, scenario.Item, scenario.Window, new DeliveryCommand("信鸽", null), Monday)).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() =>
            ReviewDecisions.Deliver(scenario.State, scenario.Item, scenario.OwnerOf(3), new DeliveryCommand("窗口领取", null), Monday));

        var state = scenario.Do((s, i, now) => ReviewDecisions.Deliver(s, i, scenario.Window, new DeliveryCommand("邮寄送达", "SF1234567890"), now));

        Assert.Equal((CaseStage.Delivered, "SF1234567890", null), (state.Stage, state.Delivery!.TrackingNumber, state.Clock));
        Assert.Null(scenario.NextAlarm());
    }

    [Fact]
    public void The_applicant_may_withdraw_under_review()
    {
        var scenario = UnderReview(Lightning);

        var state = scenario.Do((s, i, now) => CaseDecisions.Withdraw(s, Applicant, "项目取消", now));

        Assert.Equal((CaseStage.Withdrawn, null), (state.Stage, state.Clock));
        Assert.Null(scenario.NextAlarm());
    }
}
