using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using GovFunctions.Core.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Supervision;

/// <summary>督办 on a department: a supervision file on the case engine, with the notice's deadline, escalation, lists and counts.</summary>
public sealed class DepartmentNoticeTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);
    private static readonly DepartmentNoticeCommand Notice = new("330300-QXJ", "本月超期件明显增多", "查明原因并报送整改方案", 5);
    private static readonly WorkCalendar Calendar = WorkCalendar.Official;

    private static (SupervisionFileOpened Opened, CaseState File) Opened(Caller? by = null)
    {
        var opened = NoticeDecisions.IssueOnDepartment(by ?? Supervisors.City, Notice, departmentKnown: true, Calendar, Monday);
        return (opened, CaseEvolution.Apply(null, opened));
    }

    private static CaseState Then(CaseState state, CaseEvent @event) => CaseEvolution.Apply(state, @event);

    [Fact]
    public void A_notice_on_a_department_opens_a_supervision_file_on_its_regional_calendar_in_the_notice_lists_and_the_sweeps_only()
    {
        var (opened, file) = Opened();

        Assert.True(CaseNumber.TryParse(file.Number, out var number));
        Assert.Equal((CaseNumber.SupervisionCode, "330300"), (number.BasicCode, number.RegionCode));
        Assert.Equal((CaseStage.Supervision, "330300-QXJ", "330300", ""), (file.Stage, file.DepartmentCode, file.RegionCode, file.ItemCode));
        var notice = Assert.Single(file.Notices);
        Assert.Equal((1, "330300-QXJ", "330300", "supervisor-330300", 5), (notice.Number, notice.DepartmentCode, notice.RegionCode, notice.IssuedBy, notice.ResponseWorkingDays));
        Assert.Equal(Calendar.DeadlineAfter(Monday, 5), notice.Deadline);
        Assert.Equal(
            [CaseLists.NoticesOfDepartment("330300-QXJ"), CaseLists.NoticesOfRegion("330300"), CaseLists.NoticesOfSupervisor("supervisor-330300"), CaseLists.WatchedOf("330000")],
            CaseLists.ShownIn(file));
        Assert.Equal(1, CaseCounts.Of(opened, null, file)[Counters.NoticesIssued]);
        Assert.DoesNotContain(Counters.Open, CaseCounts.Of(opened, null, file).Keys);
    }

    [Fact]
    public void Only_a_supervisor_over_the_departments_region_issues_one_for_a_department_of_the_catalog_with_a_limit_of_1_to_20_working_days()
    {
        Assert.Equal("330000", Opened(Supervisors.Province).File.Notices[0].RegionCode);
        Assert.Throws<AccessDeniedException>(() => Opened(Supervisors.OtherRegion));
        Assert.Throws<AccessDeniedException>(() => Opened(Supervisors.Head));
        Assert.Throws<AccessDeniedException>(() => NoticeDecisions.IssueOnDepartment(Supervisors.City, Notice with { DepartmentCode = "330000-QXJ" }, true, Calendar, Monday));

        var unknown = Assert.Throws<ValidationFailedException>(() => NoticeDecisions.IssueOnDepartment(Supervisors.City, Notice with { DepartmentCode = "330300-NONE" }, false, Calendar, Monday));
        Assert.Contains("departmentCode", unknown.Errors.Keys);
        foreach (var days in new int?[] { null, 0, 21 })
        {
            var refused = Assert.Throws<ValidationFailedException>(() => NoticeDecisions.IssueOnDepartment(Supervisors.City, Notice with { ResponseWorkingDays = days }, true, Calendar, Monday));
            Assert.Contains("responseWorkingDays", refused.Errors.Keys);
        }

        Assert.Throws<ValidationFailedException>(() => NoticeDecisions.IssueOnDepartment(Supervisors.City, Notice with { Reason = "  " }, true, Calendar, Monday));
    }

    [Fact]
    public void Unanswered_at_its_deadline_the_file_is_escalated_once_and_the_late_answer_closes_it()
    {
        var (_, file) = Opened();
        var alarms = new AlarmOptions();
        var alarm = CaseAlarms.Next(file, Calendar, alarms)!;
        Assert.Equal((AlarmKind.NoticeOverdue, file.Notices[0].Deadline), (alarm.Kind, alarm.DueAt));

        var overdue = Assert.IsType<NoticeOverdue>(CaseAlarms.Fire(file, alarm, Calendar, alarms, alarm.DueAt));
        var escalated = Then(file, overdue);
        Assert.Equal("330000", escalated.Notices[0].EscalatedTo);
        Assert.Null(CaseAlarms.Next(escalated, Calendar, alarms));
        Assert.Contains(CaseLists.NoticesOfRegion("330000"), CaseLists.ShownIn(escalated));
        Assert.Equal(1, CaseCounts.Of(overdue, file, escalated)[Counters.NoticesOverdue]);

        var answer = NoticeDecisions.AnswerOnDepartment(escalated, Supervisors.Head, "已约谈承办科室，整改方案已报送。", alarm.DueAt.AddDays(1));
        var answered = Then(escalated, answer);
        Assert.True(answered.Notices[0].AnsweredLate);
        Assert.Empty(CaseLists.ShownIn(answered));
        Assert.Equal(1, CaseCounts.Of(answer, escalated, answered)[Counters.NoticesAnsweredLate]);
        Assert.Throws<ConflictException>(() => NoticeDecisions.AnswerOnDepartment(answered, Supervisors.Head, "再答一次", alarm.DueAt.AddDays(2)));
    }

    [Fact]
    public void Only_the_departments_head_answers_and_whoever_may_not_see_the_file_is_told_there_is_none()
    {
        var (_, file) = Opened();

        Assert.Throws<NotFoundException>(() => NoticeDecisions.AnswerOnDepartment(file, Staff(PlatformRole.Approver, "330300-STHJJ"), "x", Monday));
        Assert.Throws<NotFoundException>(() => NoticeDecisions.AnswerOnDepartment(file, Supervisors.OtherRegion, "x", Monday));
        Assert.Throws<AccessDeniedException>(() => NoticeDecisions.AnswerOnDepartment(file, Staff(PlatformRole.Reviewer, "330300-QXJ"), "x", Monday));
        Assert.Throws<AccessDeniedException>(() => NoticeDecisions.AnswerOnDepartment(file, Supervisors.City, "x", Monday));
        Assert.Throws<ValidationFailedException>(() => NoticeDecisions.AnswerOnDepartment(file, Supervisors.Head, " ", Monday));

        var aCase = Submitted(Lightning, Monday).State;
        Assert.Throws<NotFoundException>(() => NoticeDecisions.RequireSeesFile(aCase, Supervisors.City));
    }

    [Fact]
    public void The_files_view_shows_every_action_with_who_and_when()
    {
        var (opened, file) = Opened();
        var overdue = new NoticeOverdue(file.Notices[0].Deadline, CaseEvent.Platform, 1, "330000");
        var answered = new NoticeAnswered(file.Notices[0].Deadline.AddHours(2), "head", 1, "已整改");
        var history = new CaseEvent[] { opened, overdue, answered };
        var state = CaseEvolution.Replay(history);

        var view = DepartmentNoticeView.Of(new CaseRecord(state, history, new CaseOutbox(false, []), new Dictionary<string, string>()));

        Assert.Equal(
            [new("issued", Monday, "supervisor-330300"), new("escalated", overdue.At, CaseEvent.Platform, "330000"), new SupervisionAction("answered", answered.At, "head")],
            view.Actions);
        Assert.Equal((3, "已整改"), (view.Version, view.Notice.Answer!.Text));
    }
}
