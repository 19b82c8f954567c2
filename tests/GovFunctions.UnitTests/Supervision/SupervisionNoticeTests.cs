using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Supervision;

public sealed class SupervisionNoticeTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);
    private static readonly NoticeCommand Notice = new("群众反映办理缓慢", "说明进度，三个工作日内办结", 3);

    /// <summary>Accepted on Monday; the city's supervisor issues a notice on Monday at 10:00.</summary>
    private static Review.ReviewScenario Noticed()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        scenario.Do((s, i, now) => NoticeDecisions.Issue(s, i, Supervisors.City, Notice, scenario.Calendar, now));
        return scenario;
    }

    [Fact]
    public void A_notice_goes_to_the_department_handling_the_case_with_a_deadline_on_its_calendar()
    {
        var notice = Assert.Single(Noticed().State.Notices);

        Assert.Equal((1, "330300-QXJ", "330300", 3), (notice.Number, notice.DepartmentCode, notice.RegionCode, notice.ResponseWorkingDays));
        Assert.Equal(WorkCalendarDeadline(3), notice.Deadline);
        Assert.True(notice.IsOpen);
        var lists = CaseLists.ShownIn(Noticed().State);
        Assert.Contains(CaseLists.NoticesOfDepartment("330300-QXJ"), lists);
        Assert.Contains(CaseLists.NoticesOfRegion("330300"), lists);
    }

    private static DateTimeOffset WorkCalendarDeadline(int days) => Core.Calendar.WorkCalendar.Official.DeadlineAfter(Monday, days);

    [Fact]
    public void Unanswered_at_its_deadline_a_notice_is_escalated_to_the_province_once_and_an_answer_after_it_is_late()
    {
        var scenario = Noticed();
        scenario.Alarms.YellowCardOnStepOverdue = false;
        var deadline = scenario.State.Notices[0].Deadline;
        while (scenario.NextAlarm() is { Kind: not AlarmKind.NoticeOverdue })
        {
            scenario.FireNextAlarm();
        }

        var overdue = Assert.IsType<NoticeOverdue>(scenario.FireNextAlarm());
        Assert.Equal((deadline, 1, "330000"), (overdue.At, overdue.Notice, overdue.EscalatedTo));
        Assert.NotEqual(AlarmKind.NoticeOverdue, scenario.NextAlarm()?.Kind);
        Assert.Contains(CaseLists.NoticesOfRegion("330000"), CaseLists.ShownIn(scenario.State));

        scenario.Now = deadline.AddHours(10);
        scenario.Do((s, i, now) => NoticeDecisions.Answer(s, i, Supervisors.Head, 1, "已于当日办结，并通报承办科室。", now));
        var answered = scenario.State.Notices[0];
        Assert.False(answered.IsOpen);
        Assert.True(answered.AnsweredLate);
        Assert.DoesNotContain(CaseLists.ShownIn(scenario.State), l => l.StartsWith("notices-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_on_a_delivered_case_still_has_its_alarm_and_the_sweep_watches_it()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        for (var step = 1; step < scenario.Item.ReviewSteps.Count - 1; step++)
        {
            scenario.Forward();
        }

        scenario.Decide();
        scenario.Do((s, i, now) => ReviewDecisions.Deliver(s, i, scenario.Window, new DeliveryCommand("窗口领取", null), now));
        scenario.Do((s, i, now) => NoticeDecisions.Issue(s, i, Supervisors.City, Notice, scenario.Calendar, now));

        Assert.Equal((AlarmKind.NoticeOverdue, scenario.State.Notices[0].Deadline), (scenario.NextAlarm()!.Kind, scenario.NextAlarm()!.DueAt));
        // No longer an open case, but the sweep still keeps its alarm running.
        Assert.Contains(CaseLists.WatchedOf("330000"), CaseLists.ShownIn(scenario.State));
        Assert.DoesNotContain(CaseLists.InProgressOf("330000"), CaseLists.ShownIn(scenario.State));
    }

    [Fact]
    public void Only_a_supervisor_over_the_case_issues_and_only_the_departments_head_answers_once()
    {
        var scenario = Noticed();

        Assert.Throws<NotFoundException>(() => NoticeDecisions.Issue(scenario.State, scenario.Item, Supervisors.OtherRegion, Notice, scenario.Calendar, scenario.Now));
        Assert.Throws<AccessDeniedException>(() => NoticeDecisions.Issue(scenario.State, scenario.Item, Supervisors.Head, Notice, scenario.Calendar, scenario.Now));
        Assert.Throws<ValidationFailedException>(() => NoticeDecisions.Issue(scenario.State, scenario.Item, Supervisors.City, Notice with { ResponseWorkingDays = 21 }, scenario.Calendar, scenario.Now));
        Assert.Throws<ValidationFailedException>(() => NoticeDecisions.Issue(scenario.State, scenario.Item, Supervisors.City, Notice with { Requirement = " " }, scenario.Calendar, scenario.Now));
        Assert.Throws<AccessDeniedException>(() => NoticeDecisions.Answer(scenario.State, scenario.Item, Staff(PlatformRole.Reviewer, "330300-QXJ"), 1, "x", scenario.Now));
        Assert.Throws<NotFoundException>(() => NoticeDecisions.Answer(scenario.State, scenario.Item, Supervisors.Head, 2, "x", scenario.Now));

        scenario.Do((s, i, now) => NoticeDecisions.Answer(s, i, Supervisors.Head, 1, "已办结", now));
        Assert.False(scenario.State.Notices[0].AnsweredLate);
        Assert.Throws<ConflictException>(() => NoticeDecisions.Answer(scenario.State, scenario.Item, Supervisors.Head, 1, "再答一次", scenario.Now));
    }
}
