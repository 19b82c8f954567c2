using GovFunctions.Core.Cases;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using GovFunctions.Functions.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The app's CaseAlarms orchestration on the real Durable Task engine (in-process test host), its activities on the
/// app's application service on the emulators. Durable timers wait real time, so each alarm is put two seconds ahead
/// by setting the rules' clock.
/// </summary>
[Collection(FunctionsAppCollection.Name)]
public sealed class CaseAlarmOrchestrationTests(FunctionsAppFixture app)
{
    private static readonly TimeSpan Ahead = TimeSpan.FromSeconds(2);

    private DurableTaskClient Client => app.Durable.Client;

    private ReviewService Review => app.Services.GetRequiredService<ReviewService>();

    private async Task<CaseAlarm> NextAlarm(string number) => (await Review.NextAlarmAsync(number, default)).Alarm!;

    private async Task<IReadOnlyList<CaseEvent>> History(string number) =>
        (await app.Services.GetRequiredService<CaseChanges>().LoadAsync(number, default)).Case.History;

    private int FiredFor(string number)
    {
        lock (app.Fired)
        {
            return app.Fired.Count(f => f.Alarm.CaseNumber == number);
        }
    }

    /// <summary>Starts the case's orchestration and waits until it has read NextAlarm and sleeps.</summary>
    private async Task StartAndLetSleep(string number)
    {
        var calls = app.NextAlarmCallsFor(number);
        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);
        await Eventually(() => Task.FromResult(app.NextAlarmCallsFor(number) > calls), "the orchestration to read NextAlarm");
        await Task.Delay(300);
    }

    [Fact]
    public async Task When_the_timer_wins_the_alarm_fires_once_with_the_case_version()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        var alarm = await NextAlarm(number);
        Assert.Equal(AlarmKind.Warning, alarm.Kind);
        app.Clock.Set(alarm.DueAt - Ahead);

        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);

        await Eventually(async () => (await History(number)).OfType<ClockWarned>().Any(), "the warning");
        var fired = app.Fired.Single(f => f.Alarm.CaseNumber == number);
        Assert.Equal(alarm, fired.Alarm);
        Assert.True(fired.At >= alarm.DueAt, $"fired at {fired.At:O}, due {alarm.DueAt:O}");
        await Task.Delay(1000);
        Assert.Equal(1, FiredFor(number));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(number))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_reschedule_re_reads_next_alarm_and_the_new_alarm_fires()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        await StartAndLetSleep(number);

        // Accepted: the next alarm is now the review clock's warning; the rules' clock goes to two seconds before it.
        await Review.AcceptAsync(FunctionsAppFixture.Clerk, number, null, default);
        var alarm = await NextAlarm(number);
        Assert.Equal((AlarmKind.Warning, ClockKind.Review), (alarm.Kind, alarm.Clock));
        app.Clock.Set(alarm.DueAt - Ahead);
        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);

        await Eventually(async () => (await History(number)).OfType<ClockWarned>().Any(w => w.Clock == ClockKind.Review), "the review warning");
        Assert.DoesNotContain((await History(number)).OfType<ClockWarned>(), w => w.Clock == ClockKind.Acceptance);
    }

    [Fact]
    public async Task A_burst_of_commands_during_one_wait_loses_no_event_and_the_newest_alarm_fires()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        await StartAndLetSleep(number);

        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);
        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);
        await Review.AcceptAsync(FunctionsAppFixture.Clerk, number, null, default);
        var alarm = await NextAlarm(number);
        app.Clock.Set(alarm.DueAt - Ahead);
        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);

        await Eventually(async () => (await History(number)).OfType<ClockWarned>().Any(w => w.Clock == ClockKind.Review), "the review warning after the burst");
        // A wake that read the acceptance alarm before the acceptance was recorded may fire it once the test's clock has
        // jumped past it: stale, it records nothing. The newest alarm fires once and is recorded once.
        lock (app.Fired)
        {
            Assert.Single(app.Fired, f => f.Alarm.CaseNumber == number && f.Alarm.Clock == ClockKind.Review);
        }

        Assert.Single((await History(number)).OfType<ClockWarned>());
    }

    [Fact]
    public async Task A_closed_case_completes_its_orchestration()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        await StartAndLetSleep(number);

        await app.Services.GetRequiredService<CaseService>().WithdrawAsync(FunctionsAppFixture.Applicant, number, "项目取消", null, default);
        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var done = await Client.WaitForInstanceCompletionAsync(number, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(0, FiredFor(number));
    }

    [Fact]
    public async Task A_failing_activity_is_retried_with_the_backoff_policy()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        app.FailNextAlarmCalls(number, 1);
        var started = DateTimeOffset.UtcNow;

        await CaseAlarmOrchestration.RescheduleAsync(Client, number, default);

        await Eventually(() => Task.FromResult(app.NextAlarmCallsFor(number) >= 2), "the retry", TimeSpan.FromSeconds(30));
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(9), "retried before the policy's first interval (10 s)");
        await Task.Delay(500);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(number))!.RuntimeStatus);
    }

    [Fact]
    public async Task The_sweep_starts_a_missing_orchestration_and_restarts_a_failed_one_for_cases_and_complaints_alike()
    {
        app.Clock.Set(new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(8)));
        var missing = await app.SubmitCaseAsync();
        var complaint = (await app.Services.GetRequiredService<GovFunctions.Core.Complaints.ComplaintService>().FileAsync(
            null, new("department", null, "330300-QXJ", null, null, "窗口排队过长", new("phone", "13900139000"), false), idempotencyKey: null, requestHash: "", default)).Number;
        await app.DrainAsync(complaint);
        var failed = await app.SubmitCaseAsync();
        // An orchestration with no input fails at once: a stand-in for one that failed for good.
        await Client.ScheduleNewOrchestrationInstanceAsync(CaseAlarmOrchestration.Orchestrator, input: null, new StartOrchestrationOptions(failed));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            Assert.Equal(OrchestrationRuntimeStatus.Failed, (await Client.WaitForInstanceCompletionAsync(failed, timeout.Token)).RuntimeStatus);
        }

        var sweep = new SupervisionSweep(Review, RegionDirectory.Official, NullLogger<SupervisionSweep>.Instance);
        await sweep.RunAsync(new TimerInfo(), Client, default);

        foreach (var number in new[] { missing, failed, complaint })
        {
            await Eventually(async () => (await Client.GetInstanceAsync(number))?.RuntimeStatus == OrchestrationRuntimeStatus.Running, $"a running orchestration for {number}");
        }
    }

    [Fact]
    public async Task Publishing_a_notice_through_the_trigger_wakes_the_orchestration_of_each_case_it_moved()
    {
        // Accepted on Monday 28 December 2026: the review clock runs into provisional 2027.
        app.Clock.Set(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.FromHours(8)));
        var number = await app.SubmitCaseAsync();
        await Review.AcceptAsync(FunctionsAppFixture.Clerk, number, null, default);
        await app.DrainAsync(number);
        await StartAndLetSleep(number);
        var reads = app.NextAlarmCallsFor(number);

        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim("sub", "admin-1"), new System.Security.Claims.Claim("roles", "admin")], "test", "sub", "roles")),
        };
        var holidays = GovFunctions.Core.Calendar.StatutoryHolidays.ProvisionalYear(2027).Holidays.Select(d => d.ToString("yyyy-MM-dd")).Append("2027-01-04");
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new
        {
            holidays, adjustedWorkdays = Array.Empty<string>(),
            notice = new { documentNumber = "国办发明电〔2026〕99号", title = "关于2027年部分节假日安排的通知（测试）", publishedOn = "2026-12-28" },
        }));
        var trigger = new GovFunctions.Functions.Calendar.CalendarFunctions(app.Services.GetRequiredService<GovFunctions.Api.Calendar.CalendarApi>());

        await trigger.PublishWorkCalendarYear(http.Request, "2027", Client, default);

        Assert.Contains((await History(number)), e => e is DeadlinesRereckoned);
        await Eventually(() => Task.FromResult(app.NextAlarmCallsFor(number) > reads), "the orchestration to re-read its alarm");
    }

    [Fact]
    public async Task Issuing_a_notice_on_a_department_through_the_trigger_starts_the_files_orchestration_and_its_deadline_escalates_it()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(8)));
        var http = Http("supervisor-fn", "supervisor", new
        {
            departmentCode = "330300-QXJ", reason = "超期件增多", requirement = "报送整改方案", responseWorkingDays = 1,
        }, ("region_code", "330300"));
        var trigger = new GovFunctions.Functions.Supervision.SupervisionFunctions(app.Services.GetRequiredService<GovFunctions.Api.Supervision.SupervisionApi>());

        var result = await trigger.IssueDepartmentNotice(http.Request, Client, default);

        var file = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Created<GovFunctions.Core.Supervision.DepartmentNoticeView>>(result).Value!;
        await Eventually(() => Task.FromResult(app.NextAlarmCallsFor(file.Number) > 0), "the file's orchestration to read its alarm");
        var alarm = await NextAlarm(file.Number);
        Assert.Equal((AlarmKind.NoticeOverdue, file.Notice.Deadline), (alarm.Kind, alarm.DueAt));

        app.Clock.Set(alarm.DueAt - Ahead);
        await CaseAlarmOrchestration.RescheduleAsync(Client, file.Number, default);

        await Eventually(async () => (await History(file.Number)).OfType<NoticeOverdue>().Any(), "the notice's escalation");
        Assert.Equal("330000", (await History(file.Number)).OfType<NoticeOverdue>().Single().EscalatedTo);
        await Eventually(async () => (await Client.GetInstanceAsync(file.Number))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "the file's orchestration to complete");
    }

    [Fact]
    public async Task A_disclosure_request_filed_through_the_trigger_runs_its_answer_clock_and_lapses_uncorrected_on_the_durable_host()
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(8)));
        var trigger = new GovFunctions.Functions.Disclosure.DisclosureFunctions(app.Services.GetRequiredService<GovFunctions.Api.Disclosure.DisclosureApi>());
        var requester = Http("citizen-fn", "applicant", new
        {
            itemCode = "GG05001000-350700000000",
            requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "13900139000" },
            description = "立项批复文件", forms = new[] { "electronic" },
        });

        var result = await trigger.FileDisclosureRequest(requester.Request, Client, default);

        var request = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Created<GovFunctions.Core.Disclosure.DisclosureView>>(result).Value!;
        await Eventually(() => Task.FromResult(app.NextAlarmCallsFor(request.Number) > 0), "the request's orchestration to read its alarm");
        var warning = await NextAlarm(request.Number);
        Assert.Equal(AlarmKind.Warning, warning.Kind);

        // Art. 30: a correction asked for through the trigger reschedules the orchestration onto the correction's deadline.
        var office = Http("office-fn", "clerk", new { items = "请写明文件名称或文号", periodWorkingDays = 1 }, ("department_code", "350700-ZFBGS"), ("region_code", "350700"));
        await trigger.RequestDisclosureCorrection(office.Request, request.Number, Client, default);
        var lapse = await NextAlarm(request.Number);
        Assert.Equal(AlarmKind.DisclosureLapse, lapse.Kind);

        app.Clock.Set(lapse.DueAt - Ahead);
        await CaseAlarmOrchestration.RescheduleAsync(Client, request.Number, default);

        await Eventually(async () => (await History(request.Number)).OfType<DisclosureLapsed>().Any(), "the uncorrected request to lapse");
        await Eventually(async () => (await Client.GetInstanceAsync(request.Number))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "the request's orchestration to complete");
    }

    private static Microsoft.AspNetCore.Http.DefaultHttpContext Http(string subject, string role, object body, params (string Type, string Value)[] claims)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new("sub", subject), new("roles", role), .. claims.Select(c => new System.Security.Claims.Claim(c.Type, c.Value))], "test", "sub", "roles")),
        };
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body));
        return http;
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var until = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (DateTimeOffset.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
    }
}
