using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Core.Calendar;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>A LocalHost whose Development clock starts on Monday 28 February 2028: two years past the last published notice.</summary>
public sealed class FutureYearsHostFixture() : ClockedHostFixture("2028-02-28T09:00:00+08:00");

/// <summary>The review flows in provisional years: nothing answers 503, and every deadline says it is provisional.</summary>
public sealed class FutureYearsEndToEndTests(FutureYearsHostFixture host) : IClassFixture<FutureYearsHostFixture>
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Wenzhou = "330300-QXJ";
    private static readonly DateTimeOffset Monday = new(2028, 2, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    [Fact]
    public async Task A_case_runs_from_submission_to_delivery_in_2028_with_provisional_deadlines()
    {
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var late = await _api.SubmitCase(applicant, Lightning);
        var number = await _api.SubmitCase(applicant, Lightning);
        var clerk = await _api.Staff("clerk", Wenzhou);
        var reviewer = await _api.Staff("reviewer", Wenzhou);
        var approver = await _api.Staff("approver", Wenzhou);
        var calendar = WorkCalendar.Official;

        var incoming = (await EventuallyInWorkList(clerk, number, present: true))!.Value;
        Assert.Equal(calendar.DeadlineAfter(Monday, 5), incoming.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(5, incoming.GetProperty("workingDaysLeft").GetInt32());
        var accepted = await Ok(await Command(clerk, number, "acceptance"));
        Assert.True(accepted.GetProperty("clock").GetProperty("provisional").GetBoolean());
        await Ok(await Command(clerk, late, "acceptance"));
        var extended = await Ok(await Command(approver, number, "extension", new { workingDays = 10, reason = "需现场核查" }));
        Assert.Equal(calendar.DeadlineAfter(Monday, 15), extended.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        await Ok(await Command(reviewer, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await Ok(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        var decided = await Ok(await Command(await _api.Staff("approver", Wenzhou, "head"), number, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条" }, reasons = "符合条件", resultDocument = "温气审〔2028〕3号",
        }));
        Assert.True(decided.GetProperty("clock").GetProperty("provisional").GetBoolean());
        await Ok(await Command(clerk, number, "delivery", new { method = "电子证照" }));

        var queryCode = (await Get(applicant, number)).GetProperty("case").GetProperty("queryCode").GetString();
        var status = await Ok(await host.Client.GetAsync($"/api/public/cases/{number}/status?queryCode={queryCode}"));
        Assert.Equal("delivered", status.GetProperty("stage").GetString());

        // The other case is left: overdue and escalated in 2028, red on the supervisor's list.
        var deadline = (await Get(reviewer, late)).GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();
        await host.MoveClockTo(calendar.Extend(deadline, 2).AddMinutes(1));
        Assert.Equal(["clockWarned", "stepOverran", "clockOverdue", "escalated", "escalated"], (await History(applicant, late)).TakeLast(5));
        var red = (await EventuallyInWorkList(await _api.Supervisor("330300"), late, present: true))!.Value;
        Assert.Equal("overdue", red.GetProperty("alarm").GetString());
        var lateStatus = await Ok(await host.Client.GetAsync(
            $"/api/public/cases/{late}/status?queryCode={(await Get(applicant, late)).GetProperty("case").GetProperty("queryCode").GetString()}"));
        Assert.True(lateStatus.GetProperty("deadlineProvisional").GetBoolean());
        Assert.True(lateStatus.GetProperty("workingDaysLeft").GetInt32() < 0);
    }
}
