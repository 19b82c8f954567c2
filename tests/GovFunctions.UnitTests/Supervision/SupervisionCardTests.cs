using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Supervision;

public sealed class SupervisionCardTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    /// <summary>A case left at its first review step until its review clock is overdue.</summary>
    private static Review.ReviewScenario Overdue()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        while (scenario.State.Clock!.Level != AlarmLevel.Overdue)
        {
            scenario.FireNextAlarm();
        }

        return scenario;
    }

    [Fact]
    public void A_step_past_its_limit_and_a_clock_turning_yellow_raise_yellow_cards_and_overdue_a_red_one_against_the_handling_department()
    {
        var scenario = Overdue();

        var cards = scenario.State.Cards;
        // Yellow at Thursday's start (two working days left), the 审查 step's own limit passing on Friday, red at the deadline.
        Assert.Equal([(1, CardColour.Yellow, CardRule.ClockWarned), (2, CardColour.Yellow, CardRule.StepOverdue), (3, CardColour.Red, CardRule.ClockOverdue)],
            cards.Select(c => (c.Number, c.Colour, c.Rule)));
        Assert.All(cards, c => Assert.Equal(("330300-QXJ", "330300", true), (c.DepartmentCode, c.RegionCode, c.IsOpen)));
        Assert.Equal("审查", cards[1].Step);
        Assert.Equal(scenario.State.Steps[0].Deadline, cards[1].RaisedAt);
        Assert.True(scenario.State.Steps[0].Overran);
        Assert.Equal(ClockKind.Review, cards[2].Clock);
        Assert.Equal(["330300-QXJ"], scenario.History.OfType<StepOverran>().Select(e => e.Card.DepartmentCode));
        var lists = CaseLists.ShownIn(scenario.State);
        Assert.Contains(CaseLists.CardsOfDepartment("330300-QXJ"), lists);
        Assert.Contains(CaseLists.CardsOfRegion("330300"), lists);
        Assert.Contains(CaseLists.CardsOfRegion("330000"), lists);
        Assert.Equal((3, 0), (CaseSummary.Of(scenario.State).OpenCards, CaseSummary.Of(scenario.State).CardsAwaitingReview));
    }

    [Fact]
    public void A_step_deadline_is_noticed_once_and_the_next_steps_own_again()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        Assert.IsType<ClockWarned>(scenario.FireNextAlarm());
        Assert.Equal(scenario.State.Steps[0].Deadline, Assert.IsType<StepOverran>(scenario.FireNextAlarm()).At);
        Assert.NotEqual(AlarmKind.StepOverdue, scenario.NextAlarm()!.Kind);

        scenario.Now = scenario.State.Steps[0].Deadline.AddHours(9);
        scenario.Forward();

        Assert.Equal((AlarmKind.StepOverdue, scenario.State.CurrentStep!.Deadline), (scenario.NextAlarm()!.Kind, scenario.NextAlarm()!.DueAt));
    }

    [Fact]
    public void With_the_rules_off_the_alarms_raise_no_card()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Alarms.YellowCardOnWarning = false;
        scenario.Alarms.RedCardOnOverdue = false;
        scenario.Alarms.YellowCardOnStepOverdue = false;
        scenario.Accept();

        Assert.Null(Assert.IsType<ClockWarned>(scenario.FireNextAlarm()).Card);
        Assert.Null(Assert.IsType<ClockOverdue>(scenario.FireNextAlarm()).Card);
        Assert.Empty(scenario.State.Cards);
    }

    [Fact]
    public void The_department_head_reports_the_correction_and_a_supervisor_returns_it_then_confirms_it_closing_the_card()
    {
        var scenario = Overdue();
        scenario.Do((s, i, now) => CardDecisions.Report(s, i, Supervisors.Head, 3, "已督促承办人当日办结，并调整科室分工。", now));
        Assert.Equal(1, CaseSummary.Of(scenario.State).CardsAwaitingReview);
        Assert.Throws<ConflictException>(() => CardDecisions.Report(scenario.State, scenario.Item, Supervisors.Head, 3, "再报一次", scenario.Now));

        scenario.Do((s, i, now) => CardDecisions.Review(s, i, Supervisors.City, 3, CardDecisions.Returned, "未说明超期原因", now));
        var returned = scenario.State.Cards[2];
        Assert.True(returned.IsOpen);
        Assert.Null(returned.Correction);
        Assert.Equal("未说明超期原因", Assert.Single(returned.Returned).ReturnedBecause);
        Assert.Throws<ConflictException>(() => CardDecisions.Review(scenario.State, scenario.Item, Supervisors.City, 3, CardDecisions.Confirmed, "确认", scenario.Now));

        scenario.Do((s, i, now) => CardDecisions.Report(s, i, Supervisors.Head, 3, "超期原因：承办人病假未交接；已建立AB角制度。", now));
        scenario.Do((s, i, now) => CardDecisions.Review(s, i, Supervisors.City, 3, CardDecisions.Confirmed, "整改到位", now));

        var closed = scenario.State.Cards[2];
        Assert.False(closed.IsOpen);
        Assert.Equal(("整改到位", Supervisors.City.Subject), (closed.Confirmation!.Note, closed.Confirmation.By));
        Assert.Throws<ConflictException>(() => CardDecisions.Report(scenario.State, scenario.Item, Supervisors.Head, 3, "x", scenario.Now));
        Assert.Equal(2, CaseSummary.Of(scenario.State).OpenCards);
    }

    [Fact]
    public void Only_the_carded_departments_head_reports_and_only_a_supervisor_over_its_region_reviews()
    {
        var scenario = Overdue();

        Assert.Throws<AccessDeniedException>(() => CardDecisions.Report(scenario.State, scenario.Item, Staff(PlatformRole.Reviewer, "330300-QXJ"), 1, "x", scenario.Now));
        Assert.Throws<NotFoundException>(() => CardDecisions.Report(scenario.State, scenario.Item, Staff(PlatformRole.Approver, "350700-QXJ"), 1, "x", scenario.Now));
        Assert.Throws<NotFoundException>(() => CardDecisions.Report(scenario.State, scenario.Item, Supervisors.Head, 9, "x", scenario.Now));
        Assert.Throws<ValidationFailedException>(() => CardDecisions.Report(scenario.State, scenario.Item, Supervisors.Head, 1, " ", scenario.Now));

        scenario.Do((s, i, now) => CardDecisions.Report(s, i, Supervisors.Head, 1, "已整改", now));
        Assert.Throws<NotFoundException>(() => CardDecisions.Review(scenario.State, scenario.Item, Supervisors.OtherRegion, 1, CardDecisions.Confirmed, "x", scenario.Now));
        Assert.Throws<AccessDeniedException>(() => CardDecisions.Review(scenario.State, scenario.Item, Supervisors.Head, 1, CardDecisions.Confirmed, "x", scenario.Now));
        Assert.Throws<ValidationFailedException>(() => CardDecisions.Review(scenario.State, scenario.Item, Supervisors.City, 1, "accepted", "x", scenario.Now));
        Assert.Throws<NotFoundException>(() => CardDecisions.Review(scenario.State, scenario.Item, Supervisors.Province, 1, CardDecisions.Confirmed, "x", scenario.Now));
    }
}
