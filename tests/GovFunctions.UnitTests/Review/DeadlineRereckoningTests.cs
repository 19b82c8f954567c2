using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

public class DeadlineRereckoningTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A synthetic 2027 notice: the law's days and made-up days, plus <paramref name="extraHolidays"/>, with <paramref name="workdays"/> as 调休.</summary>
    private static PublishedCalendarYear Notice2027(string[] extraHolidays, string[] workdays, int version = 1)
    {
        var holidays = StatutoryHolidays.ProvisionalYear(2027).Holidays.Concat(extraHolidays.Select(D)).Distinct().Order().ToList();
        return new PublishedCalendarYear("100000", 2027, version, holidays, [.. workdays.Select(D)],
            new CalendarNotice("国办发明电〔2026〕99号", "关于2027年部分节假日安排的通知（测试）", D("2026-12-01")), Beijing(2026, 12, 1), "admin-1");
    }

    private static WorkCalendar With(PublishedCalendarYear notice) => new([.. WorkCalendar.ShippedYears, notice.ToYear()]);

    /// <summary>雷电防护装置设计审核 accepted on Monday 28 December 2026: 5 working days run to Tuesday 5 January 2027, provisional.</summary>
    private static ReviewScenario AcceptedAtYearEnd()
    {
        var scenario = Submitted(Lightning, Beijing(2026, 12, 28, 9));
        scenario.Accept();
        return scenario;
    }

    [Fact]
    public void A_clock_reaching_a_year_without_notice_is_provisional()
    {
        var scenario = AcceptedAtYearEnd();

        Assert.Equal(ChinaTime.StartOf(D("2027-01-06")), scenario.State.Clock!.Deadline);
        Assert.True(scenario.State.Clock.Provisional);
    }

    [Fact]
    public void A_notice_making_a_provisional_working_day_a_holiday_moves_the_deadline_later_and_confirms_it()
    {
        var scenario = AcceptedAtYearEnd();
        var notice = Notice2027(["2027-01-04"], []);

        var rereckoned = DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, With(notice), notice, Beijing(2026, 12, 29))!;

        var review = rereckoned.Changes.Single(c => c.Deadline == "review");
        Assert.Equal((ChinaTime.StartOf(D("2027-01-06")), ChinaTime.StartOf(D("2027-01-07")), false), (review.From, review.To, review.Provisional));
        Assert.Equal(("国办发明电〔2026〕99号", 2027, 1), (rereckoned.NoticeNumber, rereckoned.Year, rereckoned.CalendarVersion));
        var state = CaseEvolution.Apply(scenario.State, rereckoned);
        Assert.Equal(review.To, state.Clock!.Deadline);
        Assert.False(state.Clock.Provisional);
    }

    [Fact]
    public void A_notice_making_a_weekend_a_working_day_moves_the_deadline_earlier()
    {
        var scenario = AcceptedAtYearEnd();
        var notice = Notice2027([], ["2027-01-02"]);

        var rereckoned = DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, With(notice), notice, Beijing(2026, 12, 29))!;

        Assert.Equal(ChinaTime.StartOf(D("2027-01-05")), rereckoned.Changes.Single(c => c.Deadline == "review").To);
    }

    [Fact]
    public void A_deadline_moved_earlier_never_falls_before_tonight_so_nothing_is_overdue_retroactively()
    {
        var scenario = AcceptedAtYearEnd();
        // Two weekend days made working days: the deadline would be the end of Saturday 2 January.
        var notice = Notice2027([], ["2027-01-02", "2027-01-03"]);
        var now = Beijing(2027, 1, 4, 9);

        var rereckoned = DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, With(notice), notice, now)!;

        Assert.Equal(ChinaTime.StartOf(D("2027-01-05")), rereckoned.Changes.Single(c => c.Deadline == "review").To);
        Assert.True(rereckoned.Changes.All(c => c.To > now));
    }

    [Fact]
    public void A_deadline_already_passed_stays_where_it_ran_out()
    {
        var scenario = AcceptedAtYearEnd();
        var notice = Notice2027(["2027-01-04"], []);

        Assert.Null(DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, With(notice), notice, Beijing(2027, 1, 8)));
    }

    [Fact]
    public void A_warned_clock_moved_later_is_not_warned_again_and_goes_overdue_once_at_the_new_deadline()
    {
        var scenario = AcceptedAtYearEnd();
        scenario.Alarms.YellowCardOnStepOverdue = false; // the clock's own alarms, without the steps' deadlines between them
        var warned = scenario.FireNextAlarm();
        Assert.IsType<ClockWarned>(warned);
        var notice = Notice2027(["2027-01-04", "2027-01-05"], []);
        scenario.Calendar = With(notice);
        scenario.Do((s, i, now) => DeadlineRereckoning.Rereckon(s, i, scenario.Calendar, notice, now)!);

        var next = scenario.NextAlarm()!;

        Assert.Equal((AlarmKind.Overdue, ChinaTime.StartOf(D("2027-01-08"))), (next.Kind, next.DueAt));
        Assert.IsType<ClockOverdue>(scenario.FireNextAlarm());
        Assert.Single(scenario.History.OfType<ClockWarned>());
    }

    [Fact]
    public void The_current_steps_deadline_moves_with_the_notice()
    {
        var scenario = AcceptedAtYearEnd();
        scenario.Now = Beijing(2026, 12, 31);
        scenario.Forward(); // 审查 → 审核, 1 working day from 31 December: Monday 4 January 2027.
        Assert.Equal(ChinaTime.StartOf(D("2027-01-05")), scenario.State.CurrentStep!.Deadline);
        var notice = Notice2027(["2027-01-04"], []);

        var rereckoned = DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, With(notice), notice, scenario.Now)!;

        Assert.Equal(ChinaTime.StartOf(D("2027-01-06")), rereckoned.Changes.Single(c => c.Deadline == DeadlineChange.Step).To);
        Assert.Equal(ChinaTime.StartOf(D("2027-01-06")), CaseEvolution.Apply(scenario.State, rereckoned).CurrentStep!.Deadline);
    }

    [Fact]
    public void Reckoning_again_on_the_same_notice_changes_nothing()
    {
        var scenario = AcceptedAtYearEnd();
        var notice = Notice2027(["2027-01-04"], []);
        scenario.Calendar = With(notice);
        scenario.Do((s, i, now) => DeadlineRereckoning.Rereckon(s, i, scenario.Calendar, notice, now)!);

        Assert.Null(DeadlineRereckoning.Rereckon(scenario.State, scenario.Item, scenario.Calendar, notice, scenario.Now));
    }

    [Fact]
    public void A_regional_holiday_applies_to_clocks_of_the_region_and_below_it_only()
    {
        var calendars = new WorkCalendars();
        var overlay = new PublishedCalendarYear("330300", 2026, 1, [D("2026-12-30")], [],
            new CalendarNotice("温政办发〔2026〕1号", "温州市地方节日安排（测试）", D("2026-11-30")), Beijing(2026, 11, 30), "admin-1");
        calendars.Load([.. WorkCalendar.ShippedYears.Select(WorkCalendars.Shipped), overlay]);

        Assert.False(calendars.For("330381").IsWorkingDay(D("2026-12-30")));
        Assert.False(calendars.For("330300").IsWorkingDay(D("2026-12-30")));
        Assert.True(calendars.For("330100").IsWorkingDay(D("2026-12-30")));
        Assert.True(calendars.National.IsWorkingDay(D("2026-12-30")));
        // The region published 2026, not 2025: its 2025 days are provisional there, but nowhere else.
        Assert.True(calendars.For("330381").IsProvisional(D("2025-06-02")));
        Assert.False(calendars.For("330100").IsProvisional(D("2025-06-02")));
    }

    [Fact]
    public void A_notice_moves_a_closed_cases_rectification_clock_and_a_complaints_clock_which_have_no_guide_step()
    {
        var notice = Notice2027(["2027-01-04"], []);
        var start = Beijing(2026, 12, 21);
        var clock = CaseClock.Start(ClockKind.Rectification, start, 15, WorkCalendar.Official);
        var closed = AcceptedAtYearEnd().State with
        {
            Stage = CaseStage.Delivered,
            Clock = null,
            Rectification = new Core.Participation.Rectification("330300-QXJ", "330300", start, 15, clock.Deadline) { Clock = clock },
        };

        var rereckoned = DeadlineRereckoning.Rereckon(closed, item: null, With(notice), notice, Beijing(2026, 12, 29))!;

        var change = Assert.Single(rereckoned.Changes);
        Assert.Equal(("rectification", clock.Deadline), (change.Deadline, change.From));
        Assert.Equal(With(notice).DeadlineAfter(start, 15), change.To);
        Assert.True(change.To > change.From);
        Assert.Equal(change.To, CaseEvolution.Apply(closed, rereckoned).Rectification!.Clock!.Deadline);

        var complaint = CaseEvolution.Apply(null, Core.Complaints.ComplaintDecisions.File(
            null, new("department", null, "330300-QXJ", null, null, "排队过长", new("phone", "13900139000"), false),
            new("department", null, "330300-QXJ", null, null), new Core.Complaints.ComplaintOptions(), WorkCalendar.Official, Beijing(2026, 12, 28)));
        var moved = DeadlineRereckoning.Rereckon(complaint, item: null, With(notice), notice, Beijing(2026, 12, 29))!;
        Assert.Equal("complaintAcceptance", Assert.Single(moved.Changes).Deadline);
        Assert.Equal(Assert.Single(moved.Changes).To, CaseEvolution.Apply(complaint, moved).Clock!.Deadline);

        // The province hears of the case's rectification moving, never of a complaint.
        Assert.Equal("caseDeadlinesChanged", CaseMilestones.TypeOf(rereckoned, closed.Stage));
        Assert.Null(CaseMilestones.TypeOf(moved, complaint.Stage));
    }
}
