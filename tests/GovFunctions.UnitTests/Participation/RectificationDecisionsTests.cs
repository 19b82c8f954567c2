using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Participation;

/// <summary>差评整改 (国办发〔2019〕51号): opened by a poor rating, called back, concluded, appealed, rated — and its limits on the case's alarms.</summary>
public sealed class RectificationDecisionsTests
{
    private static readonly RatingOptions Options = new();
    private const string Window = "330300-QXJ";

    private static Review.ReviewScenario PoorlyRated()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Accept();
        scenario.Forward();
        scenario.Forward();
        scenario.Decide();
        scenario.Do((s, i, now) => ReviewDecisions.Deliver(s, i, scenario.Window, new DeliveryCommand(i.DeliveryMethods[0], null), now));
        scenario.Now = scenario.Now.AddDays(1);
        scenario.Do((s, _, now) => RatingDecisions.Rate(s, Applicant, new RatingCommand("dissatisfied", null, null, "等太久"), Options, scenario.Calendar, now));
        return scenario;
    }

    private static CallBackCommand CallBack(DateTimeOffset at) => new(at, "phone", "已电话回访，申请人反映窗口排队时间长。");

    [Fact]
    public void A_poor_rating_opens_a_rectification_of_the_window_with_the_call_back_limit_running()
    {
        var scenario = PoorlyRated();

        var rectification = scenario.State.Rectification!;
        Assert.Equal((Window, "330300"), (rectification.DepartmentCode, rectification.RegionCode));
        Assert.Equal((ClockKind.CallBack, scenario.Calendar.DeadlineAfter(scenario.Now, 5)), (rectification.Clock!.Kind, rectification.Clock.Deadline));
        Assert.Equal(scenario.Calendar.DeadlineAfter(scenario.Now, 15), rectification.Deadline);
        Assert.True(rectification.IsOpen);
        Assert.Contains(CaseLists.WorkOf(Window, PlatformRole.Clerk), CaseLists.ShownIn(scenario.State));
    }

    [Fact]
    public void A_satisfied_rating_opens_none()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 3, 2));
        scenario.Do((s, i, now) => ReviewDecisions.RejectAcceptance(s, i, scenario.Window, new RefusalCommand("不符合条件"), now));
        scenario.Do((s, _, now) => RatingDecisions.Rate(s, Applicant, new RatingCommand("satisfied", null, null, null), Options, scenario.Calendar, now));

        Assert.Null(scenario.State.Rectification);
        Assert.Null(CaseAlarms.Next(scenario.State, scenario.Calendar, scenario.Alarms));
    }

    [Fact]
    public void The_call_back_is_the_owing_departments_and_comes_once_before_the_outcome()
    {
        var scenario = PoorlyRated();
        var (state, item, now) = (scenario.State, scenario.Item, scenario.Now);

        Assert.Throws<AccessDeniedException>(() => RectificationDecisions.RecordCallBack(state, item, Supervisor("330300"), CallBack(now), scenario.Calendar, now));
        Assert.Throws<NotFoundException>(() => RectificationDecisions.RecordCallBack(state, item, Staff(PlatformRole.Clerk, "350700-QXJ"), CallBack(now), scenario.Calendar, now));
        var future = Assert.Throws<ValidationFailedException>(() => RectificationDecisions.RecordCallBack(state, item, scenario.Window, CallBack(now.AddHours(1)), scenario.Calendar, now));
        Assert.Contains("contactedAt", future.Errors.Keys);
        Assert.Contains("channel", Assert.Throws<ValidationFailedException>(() =>
            RectificationDecisions.RecordCallBack(state, item, scenario.Window, CallBack(now) with { Channel = "pigeon" }, scenario.Calendar, now)).Errors.Keys);
        Assert.Throws<ConflictException>(() => RectificationDecisions.Conclude(state, item, Staff(PlatformRole.Approver, Window), new RectificationCommand("rectified", "已整改"), now));

        scenario.Do((s, i, at) => RectificationDecisions.RecordCallBack(s, i, scenario.Window, CallBack(at), scenario.Calendar, at));

        Assert.Equal(ClockKind.Rectification, scenario.State.Rectification!.Clock!.Kind);
        Assert.Equal(scenario.State.Rectification.Deadline, scenario.State.Rectification.Clock.Deadline);
        Assert.Throws<ConflictException>(() => RectificationDecisions.RecordCallBack(scenario.State, item, scenario.Window, CallBack(now), scenario.Calendar, now));
    }

    [Fact]
    public void The_outcome_is_the_heads_once_and_rectified_in_time_counts_as_rectified_on_time()
    {
        var scenario = PoorlyRated();
        scenario.Do((s, i, at) => RectificationDecisions.RecordCallBack(s, i, scenario.Window, CallBack(at), scenario.Calendar, at));
        Assert.Throws<AccessDeniedException>(() => RectificationDecisions.Conclude(scenario.State, scenario.Item, scenario.Window, new RectificationCommand("rectified", "已整改"), scenario.Now));
        Assert.Contains("outcome", Assert.Throws<ValidationFailedException>(() =>
            RectificationDecisions.Conclude(scenario.State, scenario.Item, Staff(PlatformRole.Approver, Window), new RectificationCommand("ignored", "x"), scenario.Now)).Errors.Keys);

        scenario.Do((s, i, at) => RectificationDecisions.Conclude(s, i, Staff(PlatformRole.Approver, Window), new RectificationCommand("rectified", "已增设窗口，高峰时段分流。"), at));

        var rectification = scenario.State.Rectification!;
        Assert.True(rectification.IsSettled && rectification.ConcludedOnTime);
        Assert.Null(rectification.Clock);
        Assert.Null(CaseAlarms.Next(scenario.State, scenario.Calendar, scenario.Alarms));
        Assert.DoesNotContain(CaseLists.WorkOf(Window, PlatformRole.Clerk), CaseLists.ShownIn(scenario.State));
        Assert.Throws<ConflictException>(() => RectificationDecisions.Conclude(scenario.State, scenario.Item, Staff(PlatformRole.Approver, Window), new RectificationCommand("explained", "x"), scenario.Now));
        var counts = CaseCounts.Of(scenario.History[^1], CaseEvolution.Replay(scenario.History.SkipLast(1)), scenario.State);
        Assert.Equal((1, 1), (counts[Counters.RectificationsConcluded], counts[Counters.RectificationsOnTime]));
    }

    [Fact]
    public void A_late_call_back_turns_yellow_red_and_escalates_to_the_head_then_supervision_without_a_card()
    {
        var scenario = PoorlyRated();
        var cards = scenario.State.Cards.Count;

        Assert.Equal(ClockKind.CallBack, Assert.IsType<ClockWarned>(scenario.FireNextAlarm()).Clock);
        Assert.Contains(CaseLists.SupervisionOf("330300"), CaseLists.ShownIn(scenario.State));
        Assert.Equal(ClockKind.CallBack, Assert.IsType<ClockOverdue>(scenario.FireNextAlarm()).Clock);
        var head = Assert.IsType<CaseEscalated>(scenario.FireNextAlarm());
        var supervision = Assert.IsType<CaseEscalated>(scenario.FireNextAlarm());

        Assert.Equal((EscalationLevel.DepartmentHead, Window), (head.Level, head.DepartmentCode));
        Assert.Equal(EscalationLevel.Supervision, supervision.Level);
        Assert.Equal(cards, scenario.State.Cards.Count);
        Assert.Equal(AlarmLevel.Overdue, scenario.State.Rectification!.Clock!.Level);
        Assert.Null(scenario.State.Clock?.Level is AlarmLevel.Overdue ? scenario.State.Clock : null);
        Assert.Equal(1, CaseCounts.Of(scenario.History[^3], CaseEvolution.Replay(scenario.History.SkipLast(3)), CaseEvolution.Replay(scenario.History.SkipLast(2)))[Counters.CallBacksLate]);
    }

    [Fact]
    public void An_appeal_is_decided_by_a_supervisor_over_the_department_and_upheld_voids_the_rating()
    {
        var scenario = PoorlyRated();
        scenario.Do((s, i, at) => RectificationDecisions.RecordCallBack(s, i, scenario.Window, CallBack(at), scenario.Calendar, at));
        scenario.Do((s, i, at) => RectificationDecisions.Conclude(s, i, Staff(PlatformRole.Approver, Window), new RectificationCommand("appealed", "评价内容与办理无关，系恶意差评。"), at));
        Assert.True(scenario.State.Rectification!.IsOpen);
        Assert.Contains(CaseLists.SupervisionOf("330300"), CaseLists.ShownIn(scenario.State));
        var decision = new AppealDecisionCommand("upheld", "经核实，评价与办理无关。");

        Assert.Throws<AccessDeniedException>(() => RectificationDecisions.DecideAppeal(scenario.State, scenario.Item, Staff(PlatformRole.Approver, Window), decision, scenario.Now));
        Assert.Throws<NotFoundException>(() => RectificationDecisions.DecideAppeal(scenario.State, scenario.Item, Supervisor("350700"), decision, scenario.Now));
        Assert.Throws<ConflictException>(() => RectificationDecisions.RateHandling(scenario.State, Applicant, new HandlingRatingCommand("satisfied"), scenario.Now));

        scenario.Do((s, i, at) => RectificationDecisions.DecideAppeal(s, i, Supervisor("330300"), decision, at));

        Assert.True(scenario.State.Rating!.Voided);
        Assert.True(scenario.State.Rectification!.IsSettled);
        var counts = CaseCounts.Of(scenario.History[^1], CaseEvolution.Replay(scenario.History.SkipLast(1)), scenario.State);
        Assert.Equal((-1, -1, 1), (counts[Counters.Rated], counts[Counters.RatedPoor], counts[Counters.RatingsVoided]));
        Assert.Throws<ConflictException>(() => RectificationDecisions.DecideAppeal(scenario.State, scenario.Item, Supervisor("330300"), decision, scenario.Now));
    }

    [Fact]
    public void The_applicant_rates_the_handling_once_when_it_is_settled()
    {
        var scenario = PoorlyRated();
        scenario.Do((s, i, at) => RectificationDecisions.RecordCallBack(s, i, scenario.Window, CallBack(at), scenario.Calendar, at));
        scenario.Do((s, i, at) => RectificationDecisions.Conclude(s, i, Staff(PlatformRole.Approver, Window), new RectificationCommand("explained", "依法不能办理的原因已说明。"), at));

        Assert.Throws<NotFoundException>(() => RectificationDecisions.RateHandling(scenario.State, scenario.Window, new HandlingRatingCommand("satisfied"), scenario.Now));
        Assert.Contains("level", Assert.Throws<ValidationFailedException>(() =>
            RectificationDecisions.RateHandling(scenario.State, Applicant, new HandlingRatingCommand("verySatisfied"), scenario.Now)).Errors.Keys);
        scenario.Do((s, _, at) => RectificationDecisions.RateHandling(s, Applicant, new HandlingRatingCommand("basicallySatisfied"), at));

        Assert.Equal(HandlingLevel.BasicallySatisfied, scenario.State.Rectification!.HandlingRating!.Level);
        Assert.Throws<ConflictException>(() => RectificationDecisions.RateHandling(scenario.State, Applicant, new HandlingRatingCommand("satisfied"), scenario.Now));
    }
}
