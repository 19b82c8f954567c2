using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;
using GovFunctions.Core.Statistics;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Disclosure;

/// <summary>依申请公开 under the 政府信息公开条例, rule by rule with its article.</summary>
public sealed class DisclosureDecisionsTests
{
    private const string Office = "350700-ZFBGS";
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);
    private static readonly WorkCalendar Calendar = WorkCalendar.Official;
    private static readonly Caller Requester = new("citizen-1", new HashSet<PlatformRole> { PlatformRole.Applicant });
    private static readonly Caller Head = Staff(PlatformRole.Approver, Office, "head");
    private static readonly Caller Clerk = Staff(PlatformRole.Clerk, Office);
    private static readonly DisclosureRequestCommand Command = new(
        "GG05001000-350700000000", new RequesterCommand("naturalPerson", "林某", "350702199001011230", "13900139000", null, null),
        "南平市2025年城区道路改造项目的立项批复文件", ["electronic"]);

    private static Core.Catalog.ServiceItem Item => ItemNamed("GG05001000-350700000000");

    private static (DisclosureRequested Requested, CaseState State) Received(DisclosureRequestCommand? command = null)
    {
        var requested = DisclosureDecisions.Request(Requester, Item, command ?? Command, Calendar, Monday);
        return (requested, CaseEvolution.Apply(null, requested));
    }

    private static CaseState WithDocument(CaseState state, string sha256 = "ab12") =>
        CaseEvolution.Apply(state, DisclosureDecisions.AttachDocument(state, Clerk, "批复.pdf", new StoredMaterial(sha256, 1024, "application/pdf"), Monday));

    [Fact]
    public void Art29_names_each_missing_or_wrong_field_of_a_request()
    {
        string[] Refused(DisclosureRequestCommand command) =>
            [.. Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Request(Requester, Item, command, Calendar, Monday)).Errors.Keys];

        Assert.Contains("requester", Refused(Command with { Requester = null }));
        Assert.Contains("requester.identityNumber", Refused(Command with { Requester = Command.Requester! with { IdentityNumber = "350702199001011238" } }));
        Assert.Contains("requester.identityNumber", Refused(Command with { Requester = Command.Requester! with { Kind = "organisation" } }));
        Assert.Contains("requester.contact", Refused(Command with { Requester = Command.Requester! with { Phone = " " } }));
        Assert.Contains("requester.kind", Refused(Command with { Requester = Command.Requester! with { Kind = "robot" } }));
        Assert.Contains("description", Refused(Command with { Description = "" }));
        Assert.Contains("forms", Refused(Command with { Forms = [] }));
        Assert.Contains("forms", Refused(Command with { Forms = ["paper", "paper"] }));
        Assert.Contains("forms", Refused(Command with { Forms = ["fax"] }));
        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.Request(Clerk, Item, Command, Calendar, Monday));
        Assert.Contains("itemCode", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Request(Requester, Lightning, Command, Calendar, Monday)).Errors.Keys);
    }

    [Fact]
    public void Art31_Art33_the_platforms_receipt_starts_20_working_days_and_the_request_is_the_departments_not_a_licensing_case()
    {
        var (requested, state) = Received();

        Assert.Equal((CaseStage.Disclosure, Office, "350700", Requester.Subject), (state.Stage, state.DepartmentCode, state.RegionCode, state.ApplicantSubject));
        Assert.Equal((ClockKind.DisclosureAnswer, 20, Calendar.DeadlineAfter(Monday, 20)), (state.Clock!.Kind, state.Clock.LimitWorkingDays, state.Clock.Deadline));
        Assert.False(state.IsApplication);
        Assert.Equal([CaseLists.OfApplicant(Requester.Subject), CaseLists.DisclosureOf(Office), CaseLists.WatchedOf("350000")], CaseLists.ShownIn(state));
        Assert.Equal((1, 1), (CaseCounts.Of(requested, null, state)[Counters.DisclosureReceived], CaseCounts.Of(requested, null, state)[Counters.DisclosurePending]));
        Assert.Equal("disclosureReceived", CaseMilestones.TypeOf(requested, CaseStage.Draft));
        Assert.Throws<ConflictException>(() => CaseDecisions.StartDraft(Item, Requester, Monday));
    }

    [Fact]
    public void Art33_one_extension_of_at_most_20_working_days_approved_by_the_office_head()
    {
        var (_, state) = Received();
        var extension = new DisclosureExtensionCommand(20, "涉及多个部门，需协调调取");

        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.Extend(state, Clerk, extension, Calendar, Monday));
        Assert.Throws<NotFoundException>(() => DisclosureDecisions.Extend(state, Staff(PlatformRole.Approver, "350700-QXJ"), extension, Calendar, Monday));
        Assert.Contains("workingDays", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Extend(state, Head, extension with { WorkingDays = 21 }, Calendar, Monday)).Errors.Keys);

        var extended = DisclosureDecisions.Extend(state, Head, extension, Calendar, Monday.AddDays(14));
        Assert.Null(CaseMilestones.TypeOf(extended, CaseStage.Disclosure));
        var after = CaseEvolution.Apply(state, extended);
        Assert.Equal(Calendar.DeadlineAfter(Monday, 40), after.Clock!.Deadline);
        Assert.Equal((20, "涉及多个部门，需协调调取"), (after.Disclosure!.Extension!.WorkingDays, after.Disclosure.Extension.Reason));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Extend(after, Head, extension with { WorkingDays = 1 }, Calendar, Monday.AddDays(15)));
    }

    [Theory]
    [InlineData("alreadyPublic", "location")]
    [InlineData("notDisclosed", "articles")]
    [InlineData("partiallyDisclosed", "articles")]
    [InlineData("notThisAuthority", "authority")]
    [InlineData("repeated", "earlierRequest")]
    [InlineData("otherLaw", "law")]
    [InlineData("disclosed", "deliveredAs")]
    [InlineData("nonsense", "type")]
    public void Art36_Art37_each_answer_type_requires_what_the_article_says(string type, string field)
    {
        var (_, state) = Received();
        var bare = new DisclosureAnswerCommand(type, "答复", null, null, null, null, null, null);

        Assert.Contains(field, Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Answer(state, Head, bare, Monday)).Errors.Keys);
    }

    [Fact]
    public void Art36_a_disclosed_answer_is_delivered_in_a_requested_form_concludes_the_request_and_counts_by_type_and_on_time()
    {
        var (_, received) = Received();
        var answer = new DisclosureAnswerCommand("disclosed", "已通过电子邮件提供批复文件", null, null, null, null, null, "electronic");
        Assert.Contains("documents", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Answer(received, Head, answer, Monday)).Errors.Keys);
        var state = WithDocument(received);

        Assert.Contains("deliveredAs", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Answer(state, Head, answer with { DeliveredAs = "paper" }, Monday)).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.Answer(state, Clerk, answer, Monday));
        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.Answer(state, Staff(PlatformRole.Supervisor, Office), answer, Monday));

        var answered = DisclosureDecisions.Answer(state, Head, answer, Monday.AddDays(7));
        var after = CaseEvolution.Apply(state, answered);
        Assert.Equal(("disclosed", "electronic"), (after.Disclosure!.Answer!.Type, after.Disclosure.Answer.DeliveredAs));
        Assert.Null(after.Clock);
        Assert.Equal([CaseLists.OfApplicant(Requester.Subject)], CaseLists.ShownIn(after));
        var counted = CaseCounts.Of(answered, state, after);
        Assert.Equal((1, 1, -1), (counted[Counters.DisclosureAnsweredPrefix + "disclosed"], counted[Counters.DisclosureAnsweredOnTime], counted[Counters.DisclosurePending]));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Answer(after, Head, answer, Monday.AddDays(8)));

        var refused = DisclosureDecisions.Answer(state, Head, new("partiallyDisclosed", "部分内容涉及第三方商业秘密", null, ["第十五条"], null, null, null, "electronic"), Monday);
        Assert.Equal(["第十五条"], refused.Answer.Articles);
    }

    [Fact]
    public void Art37_a_partial_disclosure_provides_the_redacted_copy_its_department_uploaded_and_the_requester_reads_it_once_answered()
    {
        var (_, state) = Received(Command with { Forms = ["paper"] });
        var partial = new DisclosureAnswerCommand("partiallyDisclosed", "涉及商业秘密的部分已遮盖", null, ["第十五条", "第三十七条"], null, null, null, "paper");
        Assert.Contains("documents", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.Answer(state, Head, partial, Monday)).Errors.Keys);
        var stored = new StoredMaterial("ab12", 1024, "application/pdf");
        Assert.Throws<NotFoundException>(() => DisclosureDecisions.AttachDocument(state, Staff(PlatformRole.Clerk, "350700-QXJ"), "x.pdf", stored, Monday));
        Assert.Throws<NotFoundException>(() => DisclosureDecisions.AttachDocument(state, Requester, "x.pdf", stored, Monday));
        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.AttachDocument(state, Staff(PlatformRole.Supervisor, "350700"), "x.pdf", stored, Monday));

        var first = WithDocument(state);
        var second = WithDocument(first, "cd34");
        Assert.Equal(["document-1", "document-2"], second.Materials.Select(m => m.SlotId));
        Assert.Equal(("批复.pdf", Clerk.Subject), (second.Materials[0].FileName, second.Materials[0].UploadedBy));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.AttachDocument(second, Clerk, "again.pdf", stored, Monday));
        Assert.Empty(DisclosureView.Of(second, Requester).Documents);
        Assert.Equal(2, DisclosureView.Of(second, Clerk).Documents.Count);

        var answered = CaseEvolution.Apply(second, DisclosureDecisions.Answer(second, Head, partial, Monday.AddDays(1)));
        Assert.Equal(2, DisclosureView.Of(answered, Requester).Documents.Count);
        Assert.Throws<ConflictException>(() => DisclosureDecisions.AttachDocument(answered, Clerk, "late.pdf", new StoredMaterial("ef56", 1, "application/pdf"), Monday.AddDays(2)));

        // Documents prepared for an answer that then provides nothing stay the department's.
        var withheld = CaseEvolution.Apply(second, DisclosureDecisions.Answer(second, Head, partial with { Type = "notDisclosed", DeliveredAs = null }, Monday.AddDays(1)));
        Assert.Empty(DisclosureView.Of(withheld, Requester).Documents);
    }

    [Fact]
    public void A_request_provides_at_most_20_documents()
    {
        var (_, state) = Received();
        for (var i = 0; i < DisclosureDecisions.MaxDocuments; i++)
        {
            state = WithDocument(state, $"sha-{i}");
        }

        Assert.Throws<ConflictException>(() => DisclosureDecisions.AttachDocument(state, Clerk, "x.pdf", new StoredMaterial("sha-x", 1, "application/pdf"), Monday));
    }

    [Fact]
    public void Art33_an_unanswered_request_warns_goes_overdue_and_escalates_like_a_case_without_cards()
    {
        var (_, state) = Received();
        var alarms = new AlarmOptions();
        var warning = CaseAlarms.Next(state, Calendar, alarms)!;
        Assert.Equal(ChinaTime.StartOf(Calendar.WorkingDaysBefore(WorkCalendar.LastDayOf(state.Clock!.Deadline), 3)), warning.DueAt);

        var warned = Assert.IsType<ClockWarned>(CaseAlarms.Fire(state, warning, Calendar, alarms, warning.DueAt));
        Assert.Null(warned.Card);
        var yellow = CaseEvolution.Apply(state, warned);
        Assert.Contains(CaseLists.SupervisionOf("350700"), CaseLists.ShownIn(yellow));
    }

    [Fact]
    public void Art30_one_correction_notice_within_7_working_days_stops_the_clock_and_the_corrected_request_starts_the_20_again()
    {
        var (_, state) = Received();
        var notice = new DisclosureCorrectionRequestCommand("请明确所需文件的名称或文号", 15);
        var answer = new DisclosureAnswerCommand("doesNotExist", "经检索，未找到该信息", null, null, null, null, null, null);

        Assert.Throws<ConflictException>(() => DisclosureDecisions.RequestCorrection(state, Clerk, notice, Calendar, Calendar.DeadlineAfter(Monday, 7)));
        Assert.Contains("periodWorkingDays", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.RequestCorrection(state, Clerk, notice with { PeriodWorkingDays = 31 }, Calendar, Monday)).Errors.Keys);
        var tuesday = Monday.AddDays(1);
        var waiting = CaseEvolution.Apply(state, DisclosureDecisions.RequestCorrection(state, Clerk, notice, Calendar, tuesday));

        Assert.Null(waiting.Clock);
        Assert.True(waiting.Disclosure!.AwaitsCorrection);
        Assert.Equal((AlarmKind.DisclosureLapse, Calendar.DeadlineAfter(tuesday, 15)), (CaseAlarms.Next(waiting, Calendar, new AlarmOptions())!.Kind, CaseAlarms.Next(waiting, Calendar, new AlarmOptions())!.DueAt));
        Assert.Contains(CaseLists.WatchedOf("350000"), CaseLists.ShownIn(waiting));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.RequestCorrection(waiting, Clerk, notice, Calendar, tuesday));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Answer(waiting, Head, answer, tuesday));
        Assert.Throws<NotFoundException>(() => DisclosureDecisions.Correct(waiting, Clerk, new("x", null), Calendar, tuesday));

        var corrected = DisclosureDecisions.Correct(waiting, Requester, new("南平市城区道路改造项目立项批复（南发改〔2025〕12号）", ["paper"]), Calendar, Monday.AddDays(8));
        var after = CaseEvolution.Apply(waiting, corrected);
        Assert.Equal((Calendar.DeadlineAfter(Monday.AddDays(8), 20), ClockKind.DisclosureAnswer), (after.Clock!.Deadline, after.Clock.Kind));
        Assert.Equal(("南平市城区道路改造项目立项批复（南发改〔2025〕12号）", "paper"), (after.Disclosure!.Description, after.Disclosure.Forms.Single()));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Correct(after, Requester, new("再改", null), Calendar, Monday.AddDays(9)));
    }

    [Fact]
    public void Art30_a_request_not_corrected_within_its_period_is_treated_as_abandoned()
    {
        var (_, state) = Received();
        var waiting = CaseEvolution.Apply(state, DisclosureDecisions.RequestCorrection(state, Clerk, new("请明确所需信息", 5), Calendar, Monday));
        var alarms = new AlarmOptions();
        var alarm = CaseAlarms.Next(waiting, Calendar, alarms)!;

        var lapsed = Assert.IsType<DisclosureLapsed>(CaseAlarms.Fire(waiting, alarm, Calendar, alarms, alarm.DueAt));
        var closed = CaseEvolution.Apply(waiting, lapsed);

        Assert.Equal((false, alarm.DueAt), (closed.Disclosure!.IsOpen, closed.Disclosure.LapsedAt));
        Assert.Null(CaseAlarms.Next(closed, Calendar, alarms));
        Assert.Equal([CaseLists.OfApplicant(Requester.Subject)], CaseLists.ShownIn(closed));
        Assert.Equal((1, -1), (CaseCounts.Of(lapsed, waiting, closed)[Counters.DisclosureLapsed], CaseCounts.Of(lapsed, waiting, closed)[Counters.DisclosurePending]));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Correct(closed, Requester, new("补正", null), Calendar, alarm.DueAt.AddDays(1)));
    }

    [Fact]
    public void Art32_the_time_a_third_party_is_consulted_does_not_count_and_its_answer_is_recorded()
    {
        var (_, state) = Received();
        var consulted = CaseEvolution.Apply(state, DisclosureDecisions.Consult(state, Clerk, new("南平某建设有限公司", "文件涉及贵司投标报价，是否同意公开"), Monday));
        var answer = new DisclosureAnswerCommand("doesNotExist", "经检索，未找到该信息", null, null, null, null, null, null);

        Assert.Null(CaseAlarms.Next(consulted, Calendar, new AlarmOptions()));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Answer(consulted, Head, answer, Monday));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.Consult(consulted, Clerk, new("另一方", "x"), Monday));
        Assert.Contains("answer", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.RecordConsultation(consulted, Clerk, new(" "), Calendar, Monday)).Errors.Keys);

        // Answered after 10 working days: the deadline moves 10 working days on.
        var answeredOn = Calendar.DeadlineAfter(Monday, 10).AddHours(10);
        var resumed = DisclosureDecisions.RecordConsultation(consulted, Clerk, new("不同意公开报价部分"), Calendar, answeredOn);
        var after = CaseEvolution.Apply(consulted, resumed);
        Assert.Equal(Calendar.Extend(state.Clock!.Deadline, resumed.PausedWorkingDays), after.Clock!.Deadline);
        Assert.True(resumed.PausedWorkingDays >= 10);
        Assert.Equal((SuspensionReason.ThirdPartyConsultation, "不同意公开报价部分"), (after.Suspensions[0].Reason, after.Suspensions[0].Outcome));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.RecordConsultation(after, Clerk, new("再答"), Calendar, answeredOn));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(55, 400)]
    public void Art42_per_request_10_a_month_are_free_11_to_30_cost_100_and_every_further_band_of_10_costs_100_more(int ordinal, int yuan) =>
        Assert.Equal(yuan, DisclosureFee.ForRequest(ordinal));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Art42_per_page_30_are_free_and_each_band_is_charged_at_its_own_price(int pages, int yuan) =>
        Assert.Equal(yuan, DisclosureFee.ForPages(pages));

    [Fact]
    public void Art42_one_fee_by_one_method_stops_the_answer_clock_until_paid_and_a_free_request_gets_no_notice()
    {
        var (_, state) = Received();
        var perPage = new DisclosureFeeCommand(DisclosureFee.PerPage, 120);

        Assert.Throws<ConflictException>(() => DisclosureDecisions.NotifyFee(state, Head, new(DisclosureFee.PerRequest, null), 10, Calendar, Monday));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.NotifyFee(state, Head, perPage with { Pages = 30 }, 1, Calendar, Monday));
        Assert.Contains("pages", Assert.Throws<ValidationFailedException>(() => DisclosureDecisions.NotifyFee(state, Head, perPage with { Pages = null }, 1, Calendar, Monday)).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() => DisclosureDecisions.NotifyFee(state, Clerk, perPage, 1, Calendar, Monday));

        var notice = DisclosureDecisions.NotifyFee(state, Head, perPage, 1, Calendar, Monday);
        var owed = CaseEvolution.Apply(state, notice);
        Assert.Equal((1100, (int?)120, Calendar.DeadlineAfter(Monday, 20)), (owed.Disclosure!.Fees[0].Amount, owed.Disclosure.Fees[0].Pages, owed.Disclosure.Fees[0].PayBy));
        Assert.True(owed.Disclosure.AwaitsPayment);
        Assert.Equal((AlarmKind.DisclosureLapse, owed.Disclosure.Fees[0].PayBy), (CaseAlarms.Next(owed, Calendar, new AlarmOptions())!.Kind, CaseAlarms.Next(owed, Calendar, new AlarmOptions())!.DueAt));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.NotifyFee(owed, Head, new(DisclosureFee.PerRequest, null), 12, Calendar, Monday));
        Assert.Equal((1, 1100), (CaseCounts.Of(notice, state, owed)[Counters.DisclosureFees], CaseCounts.Of(notice, state, owed)[Counters.DisclosureFeeYuan]));

        var paidOn = Calendar.DeadlineAfter(Monday, 4).AddHours(10);
        var paid = DisclosureDecisions.RecordFeePayment(owed, Clerk, Calendar, paidOn);
        var after = CaseEvolution.Apply(owed, paid);
        Assert.Equal(paidOn, after.Disclosure!.Fees[0].PaidAt);
        Assert.Equal(Calendar.Extend(state.Clock!.Deadline, paid.PausedWorkingDays), after.Clock!.Deadline);
        Assert.Equal(AlarmKind.Warning, CaseAlarms.Next(after, Calendar, new AlarmOptions())!.Kind);
        Assert.DoesNotContain(Counters.SuspendedWorkingDays, CaseCounts.Of(paid, owed, after).Keys);
        Assert.Throws<ConflictException>(() => DisclosureDecisions.RecordFeePayment(after, Clerk, Calendar, paidOn));
    }

    [Fact]
    public void Art42_a_fee_unpaid_within_20_working_days_lapses_the_request()
    {
        var (_, state) = Received();
        var owed = CaseEvolution.Apply(state, DisclosureDecisions.NotifyFee(state, Head, new(DisclosureFee.PerRequest, null), 11, Calendar, Monday));
        var alarm = CaseAlarms.Next(owed, Calendar, new AlarmOptions())!;

        var closed = CaseEvolution.Apply(owed, Assert.IsType<DisclosureLapsed>(CaseAlarms.Fire(owed, alarm, Calendar, new AlarmOptions(), alarm.DueAt)));

        Assert.Equal((100, false), (owed.Disclosure!.Fees[0].Amount, closed.Disclosure!.IsOpen));
        Assert.Throws<ConflictException>(() => DisclosureDecisions.RecordFeePayment(closed, Clerk, Calendar, alarm.DueAt));
    }
}
