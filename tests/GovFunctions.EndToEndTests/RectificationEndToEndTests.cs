using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>差评整改 over HTTP with the Development clock: from a poor rating to the applicant's rating of its handling, and a late call-back escalating.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class RectificationEndToEndTests(ReviewHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Window = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private async Task<(HttpClient Applicant, string Number)> PoorlyRated()
    {
        await host.StartNextWeek();
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(applicant, Lightning);
        await _api.Decide(number, Lightning, Window);
        await Ok(await Command(await _api.Staff("clerk", Window), number, "delivery", new { method = "电子证照" }));
        await Ok(await RatingEndToEndTests.Rate(applicant, number, new { level = "veryDissatisfied", reasons = new[] { "超时办理" }, comment = "等了很久" }));
        return (applicant, number);
    }

    private static Task<HttpResponseMessage> Rating(HttpClient client, string number, string step, object body) =>
        client.PostAsJsonAsync($"/api/cases/{number}/rating/{step}", body);

    [Fact]
    public async Task A_poor_rating_is_called_back_rectified_and_its_handling_rated_by_the_applicant()
    {
        var (applicant, number) = await PoorlyRated();
        var clerk = await _api.Staff("clerk", Window);
        var head = await _api.Staff("approver", Window, "head");
        var rectification = (await Get(applicant, number)).GetProperty("case").GetProperty("rectification");
        Assert.Equal(Window, rectification.GetProperty("departmentCode").GetString());
        Assert.Equal("callBack", rectification.GetProperty("clock").GetProperty("kind").GetString());
        var listed = await EventuallyInWorkList(clerk, number, present: true);
        Assert.Equal(rectification.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset(), listed!.Value.GetProperty("deadline").GetDateTimeOffset());

        var now = await host.Now();
        await AssertRefused(await Rating(head, number, "rectification", new { outcome = "rectified", text = "已整改" }), HttpStatusCode.Conflict, "called back");
        await Ok(await Rating(clerk, number, "call-back", new { contactedAt = now, channel = "phone", summary = "已电话回访，申请人反映等候时间长。" }));
        await AssertRefused(await Rating(clerk, number, "rectification", new { outcome = "rectified", text = "已整改" }), HttpStatusCode.Forbidden);
        await AssertRefused(await Rating(applicant, number, "rectification-rating", new { level = "satisfied" }), HttpStatusCode.Conflict);
        var concluded = await Ok(await Rating(head, number, "rectification", new { outcome = "rectified", text = "已增设窗口，高峰时段分流。" }));
        Assert.Equal("rectified", concluded.GetProperty("rectification").GetProperty("outcome").GetProperty("kind").GetString());
        await EventuallyInWorkList(clerk, number, present: false);

        var rated = await Ok(await Rating(applicant, number, "rectification-rating", new { level = "satisfied" }));
        Assert.Equal("satisfied", rated.GetProperty("case").GetProperty("rectification").GetProperty("handlingRating").GetProperty("level").GetString());
        await AssertRefused(await Rating(applicant, number, "rectification-rating", new { level = "dissatisfied" }), HttpStatusCode.Conflict);
        Assert.Contains("rectificationRated", await History(applicant, number));
    }

    [Fact]
    public async Task A_late_call_back_turns_red_and_escalates_to_the_head_and_then_supervision_and_hostile_steps_change_nothing()
    {
        var (applicant, number) = await PoorlyRated();
        var deadline = (await Get(applicant, number)).GetProperty("case").GetProperty("rectification").GetProperty("clock").GetProperty("deadline").GetDateTimeOffset();

        await host.MoveClockTo(Calendar.Extend(deadline, 2).AddMinutes(1));

        var history = (await Get(applicant, number)).GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "clockWarned" && e.GetProperty("clock").GetString() == "callBack");
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "clockOverdue" && e.GetProperty("clock").GetString() == "callBack");
        Assert.Equal(["departmentHead", "supervision"], history.Where(e => e.GetProperty("type").GetString() == "escalated").Select(e => e.GetProperty("level").GetString()));
        await EventuallyInWorkList(await _api.Staff("approver", Window), number, present: true);
        await EventuallyInWorkList(await _api.Supervisor("330300"), number, present: true);

        var version = (await Get(applicant, number)).GetProperty("case").GetProperty("version").GetInt32();
        var now = await host.Now();
        await AssertRefused(await Rating(await _api.Staff("clerk", "350700-QXJ"), number, "call-back", new { contactedAt = now, channel = "phone", summary = "x" }), HttpStatusCode.NotFound);
        await AssertRefused(await Rating(await _api.Staff("clerk", Window), number, "call-back", new { contactedAt = now, channel = "pigeon", summary = new string('长', 2001) }), HttpStatusCode.BadRequest);
        await AssertRefused(await Rating(await _api.Staff("clerk", Window), number, "call-back", new { contactedAt = "yesterday", channel = "phone", summary = "x" }), HttpStatusCode.BadRequest);
        await AssertRefused(await Rating(await _api.Staff("approver", Window), number, "appeal-decision", new { decision = "upheld", reasons = "x" }), HttpStatusCode.Forbidden);
        await AssertRefused(await Rating(await _api.Applicant("company-other"), number, "rectification-rating", new { level = "satisfied" }), HttpStatusCode.NotFound);
        Assert.Equal(version, (await Get(applicant, number)).GetProperty("case").GetProperty("version").GetInt32());
    }
}
