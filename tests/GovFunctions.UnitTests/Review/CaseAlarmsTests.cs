using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

public class CaseAlarmsTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    [Fact]
    public void An_unattended_review_turns_yellow_then_red_then_escalates_every_working_day()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Alarms.YellowCardOnStepOverdue = false; // the clock's own alarms, without the steps' deadlines between them
        scenario.Accept(); // review deadline: midnight after Monday 9 March (5 working days)

        var warned = Assert.IsType<ClockWarned>(scenario.FireNextAlarm());
        // Two working days left (N = 2 for review) from the start of Thursday 5 March: Friday 6 and Monday 9.
        Assert.Equal((ClockKind.Review, 2, Beijing(2026, 3, 5, 0)), (warned.Clock, warned.WorkingDaysLeft, warned.At));
        Assert.Equal(AlarmLevel.Warning, scenario.State.Clock!.Level);

        var overdue = Assert.IsType<ClockOverdue>(scenario.FireNextAlarm());
        Assert.Equal(Beijing(2026, 3, 10, 0), overdue.At);

        var first = Assert.IsType<CaseEscalated>(scenario.FireNextAlarm());
        Assert.Equal((EscalationLevel.DepartmentHead, 1, "330300-QXJ", Beijing(2026, 3, 11, 0)), (first.Level, first.Count, first.DepartmentCode, first.At));
        var second = Assert.IsType<CaseEscalated>(scenario.FireNextAlarm());
        Assert.Equal((EscalationLevel.Supervision, 2, Beijing(2026, 3, 12, 0)), (second.Level, second.Count, second.At));
        // At the end of Thursday 12 and Friday 13 March; the weekend is skipped: the fifth at the end of Monday 16 March.
        Assert.Equal(Beijing(2026, 3, 13, 0), scenario.FireNextAlarm().At);
        Assert.Equal(Beijing(2026, 3, 14, 0), scenario.FireNextAlarm().At);
        Assert.Equal(Beijing(2026, 3, 17, 0), scenario.FireNextAlarm().At);

        Assert.Equal(5, scenario.State.Escalations.Count);
        Assert.All(scenario.History.Skip(scenario.History.Count - 7), e => Assert.Equal(CaseEvent.Platform, e.By));
    }

    [Fact]
    public void The_acceptance_clock_warns_with_one_working_day_left()
    {
        var scenario = Submitted(Lightning, Monday); // acceptance deadline: midnight after Monday 9 March

        var alarm = scenario.NextAlarm()!;

        Assert.Equal((AlarmKind.Warning, ClockKind.Acceptance, Beijing(2026, 3, 6, 0)), (alarm.Kind, alarm.Clock, alarm.DueAt));
    }

    [Fact]
    public void A_stale_or_early_alarm_does_nothing()
    {
        var scenario = Submitted(Lightning, Monday);
        var alarm = scenario.NextAlarm()!;

        Assert.Null(CaseAlarms.Fire(scenario.State, alarm, scenario.Calendar, scenario.Alarms, alarm.DueAt.AddSeconds(-1)));

        scenario.Accept();
        Assert.Null(CaseAlarms.Fire(scenario.State, alarm, scenario.Calendar, scenario.Alarms, alarm.DueAt));
        Assert.Null(CaseAlarms.Fire(scenario.State, alarm with { ForVersion = scenario.State.Version }, scenario.Calendar, scenario.Alarms, alarm.DueAt));
    }

    [Fact]
    public void An_alarm_fired_twice_acts_once()
    {
        var scenario = Submitted(Lightning, Monday);
        var alarm = scenario.NextAlarm()!;
        scenario.FireNextAlarm();

        Assert.Null(CaseAlarms.Fire(scenario.State, alarm, scenario.Calendar, scenario.Alarms, alarm.DueAt.AddDays(1)));
    }

    [Fact]
    public void An_extension_or_a_resumption_judges_the_moved_deadline_afresh()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Alarms.YellowCardOnStepOverdue = false; // the clock's own alarms, without the steps' deadlines between them
        scenario.Accept();
        scenario.FireNextAlarm(); // yellow on Thursday 5 March
        scenario.Now = Beijing(2026, 3, 5, 9);

        scenario.Do((s, i, now) => ReviewDecisions.Extend(s, i, scenario.DecidingApprover, new ExtensionCommand(5, "需补充技术评价"), scenario.Calendar, now));

        Assert.Equal(AlarmLevel.None, scenario.State.Clock!.Level);
        // New last day Monday 16 March: yellow again from the start of Thursday 12 March.
        Assert.Equal((AlarmKind.Warning, Beijing(2026, 3, 12, 0)), (scenario.NextAlarm()!.Kind, scenario.NextAlarm()!.DueAt));
    }

    [Fact]
    public void NextAlarm_follows_the_case_through_its_life()
    {
        var scenario = Submitted(Lightning, Monday);
        var seen = new List<(CaseStage, AlarmKind?, ClockKind?)> { Describe(scenario) };

        scenario.Accept();
        seen.Add(Describe(scenario));
        scenario.Now = Beijing(2026, 3, 3);
        scenario.Do((s, i, now) => ReviewDecisions.Suspend(s, i, scenario.OwnerOf(1), new SuspensionCommand("inspection", "现场核查"), now));
        seen.Add(Describe(scenario));
        scenario.Do((s, i, now) => ReviewDecisions.Resume(s, i, scenario.OwnerOf(1), scenario.Calendar, now));
        seen.Add(Describe(scenario));
        scenario.Forward();
        scenario.Forward();
        scenario.Decide();
        seen.Add(Describe(scenario));
        scenario.Do((s, i, now) => ReviewDecisions.Deliver(s, i, scenario.Window, new DeliveryCommand("电子证照", null), now));
        seen.Add(Describe(scenario));

        Assert.Equal(
        [
            (CaseStage.Submitted, AlarmKind.Warning, ClockKind.Acceptance),
            (CaseStage.UnderReview, AlarmKind.Warning, ClockKind.Review),
            (CaseStage.UnderReview, null, null),
            (CaseStage.UnderReview, AlarmKind.Warning, ClockKind.Review),
            (CaseStage.Decided, AlarmKind.Warning, ClockKind.Delivery),
            (CaseStage.Delivered, null, null),
        ], seen);
    }

    private static (CaseStage, AlarmKind?, ClockKind?) Describe(ReviewScenario scenario) =>
        (scenario.State.Stage, scenario.NextAlarm()?.Kind, scenario.NextAlarm()?.Clock);
}
