using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Core.Calendar;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>The statutory review over HTTP against LocalHost, with the Development clock moved by the tests.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class ReviewEndToEndTests(ReviewHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";   // 温州市气象局: 审查 (reviewer) → 审核 → 决定 (approver); promised 5
    private const string Balloon = "XK01002000-330300000000";     // 瑞安市气象局 accepts and reviews, 温州市气象局 decides; promised 2
    private const string WenzhouWeather = "330300-QXJ";
    private const string RuianWeather = "330381-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private async Task<(HttpClient Applicant, string Number)> Submitted(string itemCode)
    {
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        return (applicant, await _api.SubmitCase(applicant, itemCode));
    }

    private async Task<(HttpClient Applicant, string Number)> UnderReview(string itemCode, string window)
    {
        var (applicant, number) = await Submitted(itemCode);
        await Ok(await Command(await _api.Staff("clerk", window), number, "acceptance"));
        return (applicant, number);
    }

    [Fact]
    public async Task A_work_list_is_paged_to_its_last_case_most_urgent_first_and_none_twice()
    {
        var submitted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add((await Submitted(Balloon)).Number);
        }

        var clerk = await _api.Staff("clerk", RuianWeather);
        foreach (var number in submitted)
        {
            await EventuallyInWorkList(clerk, number, present: true);
        }

        var lines = new List<(string Number, DateTimeOffset Deadline)>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Ok(await clerk.GetAsync("/api/work-items?pageSize=2" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            lines.AddRange(items.Select(i => (i.GetProperty("case").GetProperty("caseNumber").GetString()!, i.GetProperty("deadline").GetDateTimeOffset())));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 100);

        Assert.Null(token);
        Assert.Equal(lines.Count, lines.Select(l => l.Number).Distinct().Count());
        Assert.Superset(submitted.ToHashSet(), lines.Select(l => l.Number).ToHashSet());
        Assert.Equal(lines.Select(l => l.Deadline).Order(), lines.Select(l => l.Deadline));
        Assert.Equal(["continuationToken"], await (await clerk.GetAsync("/api/work-items?continuationToken=bm90LWEtdG9rZW4")).AssertValidationProblem());
    }

    [Fact]
    public async Task A_case_goes_through_two_review_steps_at_two_levels_on_time()
    {
        var monday = await host.StartNextWeek();
        var (applicant, number) = await Submitted(Balloon);
        var countyClerk = await _api.Staff("clerk", RuianWeather);
        var countyReviewer = await _api.Staff("reviewer", RuianWeather);
        var cityApprover = await _api.Staff("approver", WenzhouWeather);

        // The county window sees it to accept, with the acceptance deadline (5 working days).
        var incoming = (await EventuallyInWorkList(countyClerk, number, present: true))!.Value;
        Assert.Equal(Calendar.DeadlineAfter(monday, 5), incoming.GetProperty("deadline").GetDateTimeOffset());
        var view = await Get(countyClerk, number);
        var accepted = await Ok(await Command(countyClerk, number, "acceptance", ifMatch: $"\"{view.GetProperty("version").GetInt32()}\""));
        Assert.Equal("underReview", accepted.GetProperty("summary").GetProperty("stage").GetString());
        Assert.Equal(Calendar.DeadlineAfter(monday, 2), accepted.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());

        // Step 1, 审查, belongs to the county reviewer; the city cannot act on it yet.
        await EventuallyInWorkList(countyReviewer, number, present: true);
        await AssertRefused(await Command(cityApprover, number, "decision", Decision("approved")), HttpStatusCode.Conflict, RuianWeather);
        await host.MoveClockTo(monday.AddHours(5));
        await Ok(await Command(countyReviewer, number, "step-completion", new { outcome = "forward", opinion = "材料齐全，同意上报" }));

        // Step 2, 决定, moves the case to the city's approver, with its materials; the county reviewer's list lets it go.
        await EventuallyInWorkList(cityApprover, number, present: true);
        await EventuallyInWorkList(countyReviewer, number, present: false);
        Assert.Equal(HttpStatusCode.OK, (await cityApprover.GetAsync($"/api/cases/{number}/materials/M01")).StatusCode);
        var cityView = await Get(cityApprover, number);
        Assert.All(cityView.GetProperty("steps").EnumerateArray(), s => Assert.Equal(WenzhouWeather, s.GetProperty("departmentCode").GetString()));
        var countyView = await Get(countyReviewer, number);
        Assert.All(countyView.GetProperty("steps").EnumerateArray(), s => Assert.Equal(RuianWeather, s.GetProperty("departmentCode").GetString()));
        Assert.Equal("材料齐全，同意上报", countyView.GetProperty("steps")[0].GetProperty("opinion").GetString());

        await host.MoveClockTo(monday.AddDays(1));
        var decided = await Ok(await Command(cityApprover, number, "decision", Decision("approved")));
        Assert.Equal("decided", decided.GetProperty("summary").GetProperty("stage").GetString());

        // The county window delivers the result.
        await EventuallyInWorkList(countyClerk, number, present: true);
        await Ok(await Command(countyClerk, number, "delivery", new { method = "电子证照" }));
        var history = await History(applicant, number);
        Assert.Equal(["submitted", "accepted", "reviewStepCompleted", "decided", "delivered"], history.Where(t => t is not ("clockWarned" or "draftStarted" or "formUpdated" or "materialAttached")));
        Assert.DoesNotContain("clockOverdue", history);
        Assert.DoesNotContain("escalated", history);
    }

    [Fact]
    public async Task A_case_left_unattended_goes_overdue_and_escalates_twice()
    {
        await host.StartNextWeek();
        var (applicant, number) = await UnderReview(Lightning, WenzhouWeather);
        var deadline = (await Get(await _api.Staff("reviewer", WenzhouWeather), number)).GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();

        // Just past the second escalation: the end of the second working day overdue.
        await host.MoveClockTo(Calendar.Extend(deadline, 2).AddMinutes(1));

        var history = (await Get(applicant, number)).GetProperty("history").EnumerateArray().ToList();
        // The 审查 step's own limit passes between the warning and the deadline.
        Assert.Equal(["clockWarned", "stepOverran", "clockOverdue", "escalated", "escalated"], history.TakeLast(5).Select(e => e.GetProperty("type").GetString()));
        Assert.All(history.TakeLast(5), e => Assert.Equal("platform", e.GetProperty("by").GetString()));
        Assert.Equal(["departmentHead", "supervision"], history.TakeLast(2).Select(e => e.GetProperty("level").GetString()));

        // Red on the supervisor's list of the region and on the department head's list; the records are on the case.
        var supervised = (await EventuallyInWorkList(await _api.Supervisor("330300"), number, present: true))!.Value;
        Assert.Equal("overdue", supervised.GetProperty("alarm").GetString());
        Assert.True(supervised.GetProperty("workingDaysLeft").GetInt32() < 0);
        await EventuallyInWorkList(await _api.Staff("approver", WenzhouWeather), number, present: true);

        // What the platform did by itself is in the audit trail under the case, each record fixing its event.
        var supervisor = await _api.Supervisor("330300");
        var records = (await Ok(await supervisor.GetAsync($"/api/audit-records?caseNumber={number}&pageSize=100"))).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("entry")).Where(e => e.GetProperty("subject").GetString() == "platform");
        Assert.Equal(["ClockWarned", "StepOverran", "ClockOverdue", "CaseEscalated", "CaseEscalated"], records.Select(e => e.GetProperty("operation").GetString()));
        var report = await Ok(await supervisor.GetAsync($"/api/cases/{number}/history/verification"));
        Assert.True(report.GetProperty("intact").GetBoolean(), report.GetRawText());
        Assert.Equal(history.Count, report.GetProperty("recordedEvents").GetInt32());

        var staffView = await Get(await _api.Staff("reviewer", WenzhouWeather), number);
        Assert.Equal(2, staffView.GetProperty("escalations").GetArrayLength());
        var supervisorView = await Get(await _api.Supervisor("330300"), number);
        Assert.Equal(2, supervisorView.GetProperty("escalations").GetArrayLength());
        Assert.NotEmpty(supervisorView.GetProperty("steps").EnumerateArray());
        await (await (await _api.Supervisor("350700")).GetAsync($"/api/cases/{number}")).AssertProblem(HttpStatusCode.NotFound);

        // Moving time again without reaching the next working day's end fires nothing more for this case.
        await host.MoveClockTo(Calendar.Extend(deadline, 2).AddHours(12));
        Assert.Equal(history.Count, (await History(applicant, number)).Count);
    }

    [Fact]
    public async Task A_late_case_is_carded_against_its_department_and_each_card_closes_by_correction_and_confirmation()
    {
        await host.StartNextWeek();
        var (_, number) = await UnderReview(Lightning, WenzhouWeather);
        var deadline = (await Get(await _api.Staff("reviewer", WenzhouWeather), number)).GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();
        await host.MoveClockTo(deadline.AddMinutes(1));

        // 黄牌 at the warning, 黄牌 for the 审查 step past its limit, 红牌 at the deadline; on the department's, the city's and the province's lists.
        var head = await _api.Staff("approver", WenzhouWeather, "head");
        var cards = await EventuallyLines(head, $"cards?departmentCode={WenzhouWeather}", number, 3);
        Assert.Equal([("red", "clockOverdue"), ("yellow", "stepOverdue"), ("yellow", "clockWarned")],
            cards.Select(c => (c.GetProperty("card").GetProperty("colour").GetString(), c.GetProperty("card").GetProperty("rule").GetString())));
        var citySupervisor = await _api.Supervisor("330300");
        Assert.Equal(3, (await EventuallyLines(citySupervisor, "cards?regionCode=330300", number, 3)).Count);
        Assert.Equal(3, (await EventuallyLines(await _api.Supervisor("330000"), "cards?regionCode=330000", number, 3)).Count);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync("/api/supervision/cards?regionCode=330300"), HttpStatusCode.Forbidden);

        // The city's dashboard counts the case red, its department among the most red, its cards open.
        var overview = await Ok(await citySupervisor.GetAsync("/api/supervision/overview"));
        Assert.Equal("330300", overview.GetProperty("regionCode").GetString());
        Assert.True(overview.GetProperty("openCases").GetProperty("red").GetInt32() >= 1);
        Assert.Contains(overview.GetProperty("mostRed").EnumerateArray(), d => d.GetProperty("departmentCode").GetString() == WenzhouWeather);
        Assert.True(overview.GetProperty("cards").GetProperty("red").GetInt32() >= 1);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync("/api/supervision/overview?regionCode=330300"), HttpStatusCode.Forbidden);
        await AssertRefused(await head.GetAsync("/api/supervision/overview?regionCode=330300"), HttpStatusCode.Forbidden);
        await AssertRefused(await (await _api.Staff("approver", RuianWeather)).GetAsync($"/api/supervision/cards?departmentCode={WenzhouWeather}"), HttpStatusCode.Forbidden);

        // The head reports the correction of the red card; the supervisor returns it once, then confirms the second.
        var red = cards[0].GetProperty("card").GetProperty("number").GetInt32();
        await AssertRefused(await Command(await _api.Staff("reviewer", WenzhouWeather), number, $"cards/{red}/correction", new { report = "已办结" }), HttpStatusCode.Forbidden);
        await Ok(await Command(head, number, $"cards/{red}/correction", new { report = "承办人病假未交接，已督促办理。" }));
        await Ok(await Command(citySupervisor, number, $"cards/{red}/review", new { outcome = "returned", note = "请说明防止再次超期的措施" }));
        await Ok(await Command(head, number, $"cards/{red}/correction", new { report = "已建立AB角制度，超期件每日通报。" }));
        var closed = await Ok(await Command(citySupervisor, number, $"cards/{red}/review", new { outcome = "confirmed", note = "整改到位" }));
        var card = closed.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("number").GetInt32() == red);
        Assert.Equal("整改到位", card.GetProperty("confirmation").GetProperty("note").GetString());
        Assert.Equal("请说明防止再次超期的措施", card.GetProperty("returned")[0].GetProperty("returnedBecause").GetString());
        await AssertRefused(await Command(citySupervisor, number, $"cards/{red}/review", new { outcome = "confirmed", note = "再确认" }), HttpStatusCode.Conflict);
        Assert.Equal(2, (await EventuallyLines(head, $"cards?departmentCode={WenzhouWeather}", number, 2)).Count);
        await AssertRefused(await Command(head, number, "cards/99/correction", new { report = "x" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_supervision_notice_unanswered_at_its_deadline_goes_up_to_the_province_and_is_answered_late()
    {
        var monday = await host.StartNextWeek();
        var (_, number) = await UnderReview(Lightning, WenzhouWeather);
        var citySupervisor = await _api.Supervisor("330300");
        await AssertRefused(await Command(await _api.Supervisor("350700"), number, "notices", Notice), HttpStatusCode.NotFound);
        var issued = await Ok(await Command(citySupervisor, number, "notices", Notice));
        var notice = issued.GetProperty("notices")[0];
        Assert.Equal(Calendar.DeadlineAfter(monday, 2), notice.GetProperty("deadline").GetDateTimeOffset());

        // On the department's list and the city's; not yet the province's.
        var head = await _api.Staff("approver", WenzhouWeather, "head");
        Assert.Single(await EventuallyLines(head, $"notices?departmentCode={WenzhouWeather}", number, 1));
        Assert.Single(await EventuallyLines(citySupervisor, "notices?regionCode=330300", number, 1));
        Assert.Single(await EventuallyLines(citySupervisor, "notices?", number, 1));
        var colleague = await LocalHostFixture.ClientFor(host.BaseAddress, "supervisor-330300-colleague", ["supervisor"], regionCode: "330300");
        Assert.Empty(await EventuallyLines(colleague, "notices?", number, 0));
        var provinceSupervisor = await _api.Supervisor("330000");
        Assert.Empty(await EventuallyLines(provinceSupervisor, "notices?regionCode=330000", number, 0));

        // Its deadline passes unanswered: escalated to the province, which now lists it too.
        await host.MoveClockTo(Calendar.DeadlineAfter(monday, 2).AddHours(10));
        var escalated = Assert.Single(await EventuallyLines(provinceSupervisor, "notices?regionCode=330000", number, 1));
        Assert.Equal("330000", escalated.GetProperty("notice").GetProperty("escalatedTo").GetString());

        // The head answers late: taken, marked late, off every list.
        await AssertRefused(await Command(await _api.Staff("reviewer", WenzhouWeather), number, "notices/1/answer", new { answer = "已办" }), HttpStatusCode.Forbidden);
        var answered = await Ok(await Command(head, number, "notices/1/answer", new { answer = "已督促承办人办结，并通报科室。" }));
        Assert.True(answered.GetProperty("notices")[0].GetProperty("answeredLate").GetBoolean());
        Assert.Empty(await EventuallyLines(provinceSupervisor, "notices?regionCode=330000", number, 0));
        Assert.Empty(await EventuallyLines(head, $"notices?departmentCode={WenzhouWeather}", number, 0));
        await AssertRefused(await Command(head, number, "notices/1/answer", new { answer = "再答" }), HttpStatusCode.Conflict);
    }

    private static readonly object Notice = new { reason = "群众反映办理缓慢", requirement = "说明进度并在两个工作日内办结", responseWorkingDays = 2 };

    [Fact]
    public async Task A_supplement_resumes_the_case_and_an_unanswered_one_closes_it()
    {
        var monday = await host.StartNextWeek();
        var (applicant, number) = await Submitted(Lightning);
        var (silent, lapsing) = await Submitted(Lightning);
        var clerk = await _api.Staff("clerk", WenzhouWeather);
        var request = new { items = new[] { new { materialId = "M02", reason = "设计图纸缺少接地装置" } } };
        await Ok(await Command(clerk, number, "supplement-request", request));
        await Ok(await Command(clerk, lapsing, "supplement-request", request));
        await AssertRefused(await Command(clerk, number, "supplement-request", request), HttpStatusCode.Conflict);

        // Only the listed material can be replaced, and the supplement needs it replaced.
        await (await Upload(applicant, number, "M01")).AssertProblem(HttpStatusCode.Conflict);
        await (await Command(applicant, number, "supplement")).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await host.MoveClockTo(monday.AddDays(2));
        await Ok(await Upload(applicant, number, "M02"));
        var resumed = await Ok(await Command(applicant, number, "supplement"));
        var clock = resumed.GetProperty("case").GetProperty("clock");
        Assert.Equal("submitted", resumed.GetProperty("case").GetProperty("stage").GetString());
        Assert.InRange(clock.GetProperty("startedAt").GetDateTimeOffset(), monday.AddDays(2), monday.AddDays(2).AddMinutes(1));
        Assert.Equal(Calendar.DeadlineAfter(monday.AddDays(2), 5), clock.GetProperty("deadline").GetDateTimeOffset());
        await EventuallyInWorkList(clerk, number, present: true);
        await Ok(await Command(clerk, number, "acceptance"));

        // The other applicant never answers: 30 days later the platform closes the case as not accepted.
        await host.MoveClockTo(monday.AddDays(31));
        var closed = (await Get(silent, lapsing)).GetProperty("case");
        Assert.Equal("notAccepted", closed.GetProperty("stage").GetString());
        Assert.Contains("补正期限届满", closed.GetProperty("refusalReason").GetString());
    }

    [Fact]
    public async Task A_case_suspended_for_expert_review_loses_no_time()
    {
        var monday = await host.StartNextWeek();
        var (applicant, number) = await UnderReview(Lightning, WenzhouWeather);
        var reviewer = await _api.Staff("reviewer", WenzhouWeather);
        var deadline = (await Get(reviewer, number)).GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();
        await host.MoveClockTo(monday.AddDays(1));
        await Ok(await Command(reviewer, number, "suspension", new { reason = "expertReview", note = "组织专家对设计方案进行评审" }));
        var before = await History(applicant, number);

        // Three weeks of expert review: no alarm fires, the case is shown as suspended.
        await host.MoveClockTo(monday.AddDays(22));
        Assert.Equal(before, await History(applicant, number));
        var status = (await Get(applicant, number)).GetProperty("case");
        Assert.Equal(JsonValueKind.Null, status.GetProperty("suspensions")[0].GetProperty("endedAt").ValueKind);

        var resumed = await Ok(await Command(reviewer, number, "resumption"));
        var paused = Calendar.WorkingDaysBetween(monday.AddDays(1), monday.AddDays(22));
        Assert.True(paused >= 13, $"three weeks hold at least 13 working days, got {paused}");
        Assert.Equal(paused, resumed.GetProperty("suspensions")[0].GetProperty("pausedWorkingDays").GetInt32());
        Assert.Equal(Calendar.Extend(deadline, paused), resumed.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal("none", resumed.GetProperty("clock").GetProperty("level").GetString());
    }

    [Fact]
    public async Task An_applicant_withdraws_under_review_and_the_case_leaves_the_work_lists()
    {
        await host.StartNextWeek();
        var (applicant, number) = await UnderReview(Lightning, WenzhouWeather);
        var reviewer = await _api.Staff("reviewer", WenzhouWeather);
        await EventuallyInWorkList(reviewer, number, present: true);
        var version = (await Get(applicant, number)).GetProperty("case").GetProperty("version").GetInt32();
        await Ok(await Command(reviewer, number, "step-completion", new { outcome = "forward", opinion = "同意" }));

        // The applicant's view is stale now: 412, nothing withdrawn; with the current version it goes through.
        await AssertRefused(await Command(applicant, number, "withdrawal", new { reason = "项目取消" }, ifMatch: $"\"{version}\""), HttpStatusCode.PreconditionFailed);
        var current = await applicant.GetAsync($"/api/cases/{number}");
        var withdrawn = await Ok(await Command(applicant, number, "withdrawal", new { reason = "项目取消" }, ifMatch: current.Headers.ETag!.Tag));
        Assert.Equal("withdrawn", withdrawn.GetProperty("case").GetProperty("stage").GetString());

        var approver = await _api.Staff("approver", WenzhouWeather);
        await EventuallyInWorkList(approver, number, present: false);
        await AssertRefused(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }), HttpStatusCode.Conflict, "withdrawn");
    }

    [Fact]
    public async Task Concurrent_decisions_on_the_same_case_exactly_one_wins()
    {
        await host.StartNextWeek();
        var (applicant, number) = await UnderReview(Lightning, WenzhouWeather);
        await Ok(await Command(await _api.Staff("reviewer", WenzhouWeather), number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        var approver = await _api.Staff("approver", WenzhouWeather);
        await Ok(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }));

        var head = await _api.Staff("approver", WenzhouWeather, "head");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Command(head, number, "decision", Decision(i % 2 == 0 ? "approved" : "denied"))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await History(applicant, number), t => t == "decided");
    }

    [Fact]
    public async Task Nobody_handles_their_own_application_审核_and_决定_are_two_people_and_a_token_agrees_with_itself()
    {
        await host.StartNextWeek();

        // One token with every role of the handling department files, then tries to handle its own case.
        var everything = await LocalHostFixture.ClientFor(host.BaseAddress, "insider-1", ["applicant", "clerk", "reviewer", "approver"], WenzhouWeather, "330300");
        var own = await _api.SubmitCase(everything, Lightning);
        await AssertRefused(await Command(everything, own, "acceptance"), HttpStatusCode.Conflict, "回避");

        // A clerk whose token says another region than its department's.
        var (_, number) = await Submitted(Lightning);
        var mismatched = await LocalHostFixture.ClientFor(host.BaseAddress, "clerk-x", ["clerk"], WenzhouWeather, "350700");
        await AssertRefused(await Command(mismatched, number, "acceptance"), HttpStatusCode.Forbidden, "350700");
        await AssertRefused(await mismatched.GetAsync("/api/work-items"), HttpStatusCode.Forbidden);
        await AssertRefused(await mismatched.GetAsync($"/api/cases/{number}"), HttpStatusCode.Forbidden);

        // The approver who did 审核 may not do 决定; another approver may.
        await Ok(await Command(await _api.Staff("clerk", WenzhouWeather), number, "acceptance"));
        await Ok(await Command(await _api.Staff("reviewer", WenzhouWeather), number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        var approver = await _api.Staff("approver", WenzhouWeather);
        await Ok(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await AssertRefused(await Command(approver, number, "decision", Decision("approved")), HttpStatusCode.Conflict, "审管分离");
        await Ok(await Command(await _api.Staff("approver", WenzhouWeather, "head"), number, "decision", Decision("approved")));

        // Names and free texts with hidden characters are refused, naming the field.
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var draft = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = Lightning }))).GetProperty("case").GetProperty("number").GetString();
        Assert.Equal(["applicantName"], await (await applicant.PutAsJsonAsync($"/api/cases/{draft}/form", new { applicantName = "温州\u202E司公限有" })).AssertValidationProblem());
    }

    [Fact]
    public async Task Hostile_commands_change_nothing()
    {
        await host.StartNextWeek();
        var (applicant, number) = await Submitted(Lightning);
        var clerk = await _api.Staff("clerk", WenzhouWeather);
        var before = await History(applicant, number);

        await (await Command(await _api.Staff("clerk", "350700-QXJ"), number, "acceptance")).AssertProblem(HttpStatusCode.NotFound);
        await (await Command(applicant, number, "acceptance")).AssertProblem(HttpStatusCode.NotFound);
        await (await Command(await _api.Staff("reviewer", WenzhouWeather), number, "acceptance")).AssertProblem(HttpStatusCode.Forbidden);
        await (await Command(clerk, "20260302090000-330300-XK01001001-ZZZZ", "acceptance")).AssertProblem(HttpStatusCode.NotFound);
        Assert.Contains("items", await (await Command(clerk, number, "supplement-request", new { items = "M01" })).AssertValidationProblem());
        Assert.Contains("items[0].materialId", await (await Command(clerk, number, "supplement-request",
            new { items = new[] { new { materialId = "M99", reason = "x" } } })).AssertValidationProblem());
        Assert.Contains("If-Match", await (await Command(clerk, number, "acceptance", ifMatch: "\"abc\"")).AssertValidationProblem());
        await (await Command(clerk, number, "acceptance", ifMatch: "\"1\"")).AssertProblem(HttpStatusCode.PreconditionFailed);
        await (await Command(clerk, number, "acceptance-refusal", new { reason = new string('x', 100_000) })).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        await (await Command(clerk, number, "decision", Decision("approved"))).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Equal(before, await History(applicant, number));
    }

    [Fact]
    public async Task Pre_review_refusal_and_extension_work_over_HTTP()
    {
        var monday = await host.StartNextWeek();
        const string completion = "XK01001002-350700000000"; // 南平 雷电防护装置竣工验收: 网上预审, extendable by 10
        var clerk = await _api.Staff("clerk", "350700-QXJ");
        var (applicant, number) = await Submitted(completion);
        Assert.Equal("preReview", (await Get(applicant, number)).GetProperty("case").GetProperty("stage").GetString());

        // Returned with a reason: a draft again; the applicant resubmits and the window passes it.
        await Ok(await Command(clerk, number, "pre-review", new { outcome = "return", reason = "竣工检测报告不清晰" }));
        Assert.Equal("draft", (await Get(applicant, number)).GetProperty("case").GetProperty("stage").GetString());
        await Ok(await Upload(applicant, number, "M02"));
        await Ok(await applicant.PostAsync($"/api/cases/{number}/submission", null));
        await Ok(await Command(clerk, number, "pre-review", new { outcome = "pass" }));
        await Ok(await Command(clerk, number, "acceptance"));

        // The deciding department's approver extends once, within the limit.
        var approver = await _api.Staff("approver", "350700-QXJ");
        var before = (await Get(approver, number)).GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();
        var extended = await Ok(await Command(approver, number, "extension", new { workingDays = 5, reason = "需补充现场检测" }));
        Assert.Equal(Calendar.Extend(before, 5), extended.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(5, extended.GetProperty("extension").GetProperty("workingDays").GetInt32());
        await AssertRefused(await Command(approver, number, "extension", new { workingDays = 1, reason = "再次" }), HttpStatusCode.Conflict, "once");

        // Another case is refused at the window: closed, and the public status says so.
        var (other, refused) = await Submitted(completion);
        await Ok(await Command(clerk, refused, "pre-review", new { outcome = "pass" }));
        await Ok(await Command(clerk, refused, "acceptance-refusal", new { reason = "不属于本机关职权范围" }));
        var queryCode = (await Get(other, refused)).GetProperty("case").GetProperty("queryCode").GetString();
        var status = await Ok(await host.Client.GetAsync($"/api/public/cases/{refused}/status?queryCode={queryCode}"));
        Assert.Equal("notAccepted", status.GetProperty("stage").GetString());
        Assert.True(status.GetProperty("closedAt").GetDateTimeOffset() >= monday);
    }

    private static object Decision(string outcome) => new
    {
        outcome,
        legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条", "《气象灾害防御条例》第二十三条" },
        reasons = outcome == "approved" ? "申请材料齐全，符合法定条件" : "设计方案不符合防雷技术规范",
        resultDocument = "温气审〔2026〕12号",
    };
}
