using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using GovFunctions.UnitTests.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Complaints;

/// <summary>投诉 as a record on the case engine: filing, supervision's handling, the department's answer, clocks, lists, counts.</summary>
public sealed class ComplaintDecisionsTests
{
    private const string Department = "330300-QXJ";
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);
    private static readonly WorkCalendar Calendar = WorkCalendar.Official;
    private static readonly ComplaintOptions Options = new();
    private static readonly ComplaintTarget AboutDepartment = new("department", null, Department, null, null);
    private static readonly ComplaintCommand Anonymous = new("department", null, Department, null, null, "窗口工作人员态度生硬，电话13800138000无人接听", new ComplaintContactCommand("phone", "13900139000"), true);
    private static readonly Caller Reviewer = Staff(PlatformRole.Reviewer, Department);

    private sealed class Complaint
    {
        public CaseState State { get; private set; }
        public DateTimeOffset Now { get; set; } = Monday;
        public List<(CaseEvent Event, CaseState Before)> Events { get; } = [];

        public Complaint(ComplaintFiled filed)
        {
            State = CaseEvolution.Apply(null, filed);
            Events.Add((filed, null!));
        }

        public CaseEvent Do(Func<CaseState, DateTimeOffset, CaseEvent> decide)
        {
            var @event = decide(State, Now);
            Events.Add((@event, State));
            State = CaseEvolution.Apply(State, @event);
            return @event;
        }

        public IReadOnlyDictionary<string, long> Counted() =>
            Events.Select(e => CaseCounts.Of(e.Event, e.Before, Replay(e.Event))).SelectMany(c => c).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

        private CaseState Replay(CaseEvent upTo) => CaseEvolution.Replay(Events.TakeWhile(e => e.Event != upTo).Select(e => e.Event).Append(upTo));
    }

    private static Complaint Filed(ComplaintCommand? command = null, Caller? by = null) =>
        new(ComplaintDecisions.File(by, command ?? Anonymous, AboutDepartment, Options, Calendar, Monday));

    private static Complaint Assigned()
    {
        var complaint = Filed();
        complaint.Do((s, now) => ComplaintDecisions.Accept(s, Supervisors.City, "受理", now));
        complaint.Do((s, now) => ComplaintDecisions.Assign(s, Supervisors.City, Department, true, Options, Calendar, now));
        return complaint;
    }

    [Fact]
    public void A_complaint_opens_a_record_of_the_departments_region_with_its_acceptance_clock_on_supervisions_list()
    {
        var complaint = Filed();
        var state = complaint.State;

        Assert.True(CaseNumber.TryParse(state.Number, out var number));
        Assert.Equal((CaseNumber.ComplaintCode, "330300"), (number.BasicCode, number.RegionCode));
        Assert.Equal((CaseStage.Complaint, Department, "330300", ""), (state.Stage, state.DepartmentCode, state.RegionCode, state.ApplicantSubject));
        Assert.Equal(QueryCode.Length, state.QueryCode.Length);
        Assert.Equal((ClockKind.ComplaintAcceptance, Calendar.DeadlineAfter(Monday, 5)), (state.Clock!.Kind, state.Clock.Deadline));
        Assert.Equal(("phone", "13900139000", true), (state.Complaint!.Contact!.Channel, state.Complaint.Contact.Value, state.Complaint.Publishable));
        Assert.Equal([CaseLists.ComplaintsOfRegion("330300"), CaseLists.WatchedOf("330000")], CaseLists.ShownIn(state));
        Assert.Equal(1, complaint.Counted()[Counters.ComplaintsFiled]);
        Assert.DoesNotContain(Counters.Open, complaint.Counted().Keys);
    }

    [Fact]
    public void Filing_needs_a_text_a_contact_when_anonymous_and_an_applicant_when_signed_in()
    {
        Assert.Contains("contact", Assert.Throws<ValidationFailedException>(() => Filed(Anonymous with { Contact = null })).Errors.Keys);
        Assert.Contains("contact.channel", Assert.Throws<ValidationFailedException>(() => Filed(Anonymous with { Contact = new("pigeon", "x") })).Errors.Keys);
        Assert.Contains("text", Assert.Throws<ValidationFailedException>(() => Filed(Anonymous with { Text = " " })).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() => Filed(by: Reviewer));

        var signedIn = Filed(Anonymous with { Contact = null }, Applicant).State;
        Assert.Equal((Applicant.Subject, (ComplaintContact?)null), (signedIn.Complaint!.Complainant, signedIn.Complaint.Contact));

        Assert.Contains("window", Assert.Throws<ValidationFailedException>(() => ComplaintDecisions.RequireKind(Anonymous with { About = "window" })).Errors.Keys);
        Assert.Contains("caseNumber", Assert.Throws<ValidationFailedException>(() => ComplaintDecisions.RequireKind(Anonymous with { About = "case" })).Errors.Keys);
        Assert.Contains("about", Assert.Throws<ValidationFailedException>(() => ComplaintDecisions.RequireKind(Anonymous with { About = "mayor" })).Errors.Keys);
    }

    [Fact]
    public void Supervision_accepts_and_assigns_the_head_answers_supervision_returns_then_closes_and_it_counts_as_closed_on_time()
    {
        var complaint = Assigned();
        Assert.Equal((ComplaintStatus.Assigned, ClockKind.ComplaintHandling), (complaint.State.Complaint!.Status, complaint.State.Clock!.Kind));
        Assert.Equal(Calendar.DeadlineAfter(Monday, 15), complaint.State.Complaint.HandlingDeadline);
        Assert.Equal([CaseLists.ComplaintsOfDepartment(Department), CaseLists.WatchedOf("330000")], CaseLists.ShownIn(complaint.State));

        Assert.Throws<AccessDeniedException>(() => ComplaintDecisions.Answer(complaint.State, Reviewer, "已处理", Monday));
        Assert.Throws<AccessDeniedException>(() => ComplaintDecisions.Answer(complaint.State, Supervisors.City, "已处理", Monday));
        complaint.Do((s, now) => ComplaintDecisions.Answer(s, Supervisors.Head, "已约谈当事人，调整窗口排班。", now));
        Assert.Null(complaint.State.Clock);
        Assert.Equal([CaseLists.ComplaintsOfRegion("330300")], CaseLists.ShownIn(complaint.State));

        complaint.Now = Monday.AddDays(2);
        complaint.Do((s, now) => ComplaintDecisions.Return(s, Supervisors.City, "请说明整改措施", Options, Calendar, now));
        Assert.Equal((ComplaintStatus.Assigned, "请说明整改措施"), (complaint.State.Complaint!.Status, complaint.State.Complaint.Answers[0].ReturnedBecause));
        Assert.Equal(Calendar.DeadlineAfter(complaint.Now, 15), complaint.State.Clock!.Deadline);
        complaint.Do((s, now) => ComplaintDecisions.Answer(s, Supervisors.Head, "已调整排班，并对当事人批评教育。", now));
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Answer(complaint.State, Supervisors.Head, "再答", complaint.Now));
        complaint.Do((s, now) => ComplaintDecisions.Close(s, Supervisors.City, "处理到位", now));

        Assert.True(complaint.State.Complaint!.ClosedOnTime);
        Assert.Contains(CaseLists.PublishedComplaintsOf(Department), CaseLists.ShownIn(complaint.State));
        var counted = complaint.Counted();
        Assert.Equal((1, 1, 1), (counted[Counters.ComplaintsClosed], counted[Counters.ComplaintsClosedOnTime], counted[Counters.ComplaintAnswersReturned]));
    }

    [Fact]
    public void Only_supervision_over_the_region_handles_it_in_its_order_and_whoever_may_not_see_it_is_told_there_is_none()
    {
        var complaint = Filed();

        Assert.Throws<NotFoundException>(() => ComplaintDecisions.Accept(complaint.State, Supervisors.OtherRegion, null, Monday));
        Assert.Throws<NotFoundException>(() => ComplaintDecisions.Accept(complaint.State, Staff(PlatformRole.Approver, "330300-STHJJ"), null, Monday));
        Assert.Throws<AccessDeniedException>(() => ComplaintDecisions.Accept(complaint.State, Supervisors.Head, null, Monday));
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Assign(complaint.State, Supervisors.City, Department, true, Options, Calendar, Monday));
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Close(complaint.State, Supervisors.City, "结", Monday));

        complaint.Do((s, now) => ComplaintDecisions.Accept(s, Supervisors.Province, null, now));
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Decline(complaint.State, Supervisors.City, "不属于受理范围", Monday));
        Assert.Contains("departmentCode", Assert.Throws<ValidationFailedException>(() => ComplaintDecisions.Assign(complaint.State, Supervisors.City, "330300-NONE", false, Options, Calendar, Monday)).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() => ComplaintDecisions.Assign(complaint.State, Supervisors.City, "330000-QXJ", true, Options, Calendar, Monday));
    }

    [Fact]
    public void An_unaccepted_complaint_warns_goes_overdue_and_escalates_without_cards_and_joins_the_list_while_late()
    {
        var state = Filed().State;
        var alarms = new AlarmOptions();
        var fired = new List<CaseEvent>();
        for (var i = 0; i < 3; i++)
        {
            var alarm = CaseAlarms.Next(state, Calendar, alarms)!;
            var @event = CaseAlarms.Fire(state, alarm, Calendar, alarms, alarm.DueAt)!;
            fired.Add(@event);
            state = CaseEvolution.Apply(state, @event);
        }

        Assert.IsType<ClockWarned>(fired[0]);
        Assert.IsType<ClockOverdue>(fired[1]);
        Assert.Equal(EscalationLevel.DepartmentHead, Assert.IsType<CaseEscalated>(fired[2]).Level);
        Assert.Empty(state.Cards);
        Assert.Null(((ClockWarned)fired[0]).Card);
        Assert.Equal(Calendar.WorkingDaysBefore(WorkCalendar.LastDayOf(state.Clock!.Deadline), 1), ChinaTime.DateOf(fired[0].At));
        Assert.Equal([CaseLists.ComplaintsOfRegion("330300"), CaseLists.ComplaintsOfRegion("330000"), CaseLists.WatchedOf("330000")], CaseLists.ShownIn(state));
    }

    [Fact]
    public void The_complainant_rates_a_settled_complaint_once_by_sign_in_or_by_its_query_code()
    {
        var complaint = Filed();
        var rating = new HandlingRatingCommand("satisfied");
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Rate(complaint.State, null, holdsQueryCode: true, rating, Monday));

        complaint.Do((s, now) => ComplaintDecisions.Decline(s, Supervisors.City, "属于信访事项，已告知渠道", now));
        Assert.Empty(CaseLists.ShownIn(complaint.State));
        Assert.Throws<NotFoundException>(() => ComplaintDecisions.Rate(complaint.State, null, holdsQueryCode: false, rating, Monday));
        Assert.Throws<NotFoundException>(() => ComplaintDecisions.Rate(complaint.State, Applicant, holdsQueryCode: false, rating, Monday));
        Assert.Contains("level", Assert.Throws<ValidationFailedException>(() => ComplaintDecisions.Rate(complaint.State, null, true, new("great"), Monday)).Errors.Keys);

        complaint.Do((s, now) => ComplaintDecisions.Rate(s, null, holdsQueryCode: true, rating, now));
        Assert.Equal((HandlingLevel.Satisfied, CaseEvent.Anonymous), (complaint.State.Complaint!.HandlingRating!.Level, complaint.State.Complaint.HandlingRating.By));
        Assert.Throws<ConflictException>(() => ComplaintDecisions.Rate(complaint.State, null, true, rating, Monday));
        Assert.Equal(1, complaint.Counted()[Counters.ComplaintsDeclined]);
    }

    [Fact]
    public void A_published_complaint_masks_long_numbers_and_names_neither_the_case_nor_the_complainant()
    {
        var complaint = Assigned();
        complaint.Do((s, now) => ComplaintDecisions.Answer(s, Supervisors.Head, "已联系您（身份证 330302199001011234，电话 139-0013-9000），窗口已整改。", now));
        complaint.Do((s, now) => ComplaintDecisions.Close(s, Supervisors.City, "结", now));

        var published = PublishedComplaint.Of(complaint.State)!;

        Assert.Equal("窗口工作人员态度生硬，电话***********无人接听", published.Question);
        Assert.DoesNotContain("3303", published.Answer);
        Assert.DoesNotContain("9000", published.Answer);
        Assert.Equal((Department, "department"), (published.DepartmentCode, published.About));
        Assert.Null(PublishedComplaint.Of(Filed(Anonymous with { Publishable = false }).State));
        Assert.Null(CaseSummary.Published(complaint.State).ApplicantName);
    }
}
