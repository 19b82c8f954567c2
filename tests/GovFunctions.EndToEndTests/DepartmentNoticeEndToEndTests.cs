using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>督办 on a department over HTTP with the Development clock: issued, listed, escalated when late, answered, counted.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class DepartmentNoticeEndToEndTests(ReviewHostFixture host)
{
    private const string RuianWeather = "330381-QXJ";   // a county department under 温州 (330300)

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private static readonly object Notice = new { departmentCode = RuianWeather, reason = "本月超期件明显增多", requirement = "查明原因并报送整改方案", responseWorkingDays = 2 };

    private static HttpRequestMessage WithKey(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/supervision/department-notices") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_notice_on_a_department_is_listed_escalated_when_unanswered_answered_late_by_its_head_and_counted()
    {
        var monday = await host.StartNextWeek();
        var city = await _api.Supervisor("330300");
        var head = await _api.Staff("approver", RuianWeather, "head");
        var statistics = $"/api/supervision/statistics?departmentCode={RuianWeather}&from={ChinaTime.DateOf(monday):yyyy-MM-dd}&to={ChinaTime.DateOf(monday).AddDays(14):yyyy-MM-dd}";
        var before = (await Ok(await city.GetAsync(statistics))).GetProperty("total");

        // Sent twice with one Idempotency-Key (a console retrying after a timeout): one file.
        var key = Guid.NewGuid().ToString();
        var created = await city.SendAsync(WithKey(key, Notice));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.Content.ReadFromJsonAsync<JsonElement>();
        var number = file.GetProperty("number").GetString()!;
        Assert.Equal(number, (await Ok(await city.SendAsync(WithKey(key, Notice)))).GetProperty("number").GetString());
        Assert.True(CaseNumber.TryParse(number, out var parsed));
        Assert.Equal((CaseNumber.SupervisionCode, "330381"), (parsed.BasicCode, parsed.RegionCode));
        Assert.Equal($"/api/supervision/department-notices/{number}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var deadline = Calendar.DeadlineAfter(monday, 2);
        Assert.Equal(deadline, file.GetProperty("notice").GetProperty("deadline").GetDateTimeOffset());

        // Listed for the department, the city that issued it and the issuing supervisor; the province not yet.
        var line = Assert.Single(await EventuallyLines(head, $"notices?departmentCode={RuianWeather}", number, 1));
        Assert.Equal(("supervision", ""), (line.GetProperty("stage").GetString(), line.GetProperty("itemCode").GetString()));
        Assert.Single(await EventuallyLines(city, "notices?regionCode=330300", number, 1));
        Assert.Single(await EventuallyLines(city, "notices?", number, 1));
        var province = await _api.Supervisor("330000");
        Assert.Empty(await EventuallyLines(province, "notices?regionCode=330000", number, 0));

        // Seen by its department and the supervisors over it; to everyone else, and to the operations of cases, there is no such thing.
        Assert.Equal(RuianWeather, (await Ok(await head.GetAsync($"/api/supervision/department-notices/{number}"))).GetProperty("departmentCode").GetString());
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/supervision/department-notices/{number}")).StatusCode);
        await AssertRefused(await (await _api.Staff("approver", "330300-QXJ")).GetAsync($"/api/supervision/department-notices/{number}"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync($"/api/supervision/department-notices/{number}"), HttpStatusCode.NotFound);
        await AssertRefused(await head.GetAsync($"/api/cases/{number}"), HttpStatusCode.NotFound);
        await AssertRefused(await Command(head, number, "notices/1/answer", new { answer = "走错门" }), HttpStatusCode.NotFound);
        await AssertRefused(await city.GetAsync($"/api/cases/{number}/history/audit"), HttpStatusCode.NotFound);

        // Unanswered at its deadline: escalated to the province, which lists it now.
        await host.MoveClockTo(deadline.AddHours(10));
        var escalated = Assert.Single(await EventuallyLines(province, "notices?regionCode=330000", number, 1));
        Assert.Equal("330000", escalated.GetProperty("notice").GetProperty("escalatedTo").GetString());

        // Only its head answers; late, and off every list.
        await AssertRefused(await Answer(await _api.Staff("reviewer", RuianWeather), number, "已办"), HttpStatusCode.Forbidden);
        await AssertRefused(await Answer(city, number, "代答"), HttpStatusCode.Forbidden);
        await AssertRefused(await Answer(head, number, "过期版本", ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);
        var answered = await Ok(await Answer(head, number, "已约谈承办科室，建立超期件每日通报制度。"));
        Assert.True(answered.GetProperty("notice").GetProperty("answeredLate").GetBoolean());
        Assert.Equal(
            ["issued:supervisor-330300", "escalated:platform", "answered:approver-330381-QXJ-head"],
            answered.GetProperty("actions").EnumerateArray().Select(a => $"{a.GetProperty("action").GetString()}:{a.GetProperty("by").GetString()}"));
        Assert.Empty(await EventuallyLines(province, "notices?regionCode=330000", number, 0));
        Assert.Empty(await EventuallyLines(head, $"notices?departmentCode={RuianWeather}", number, 0));
        await AssertRefused(await Answer(head, number, "再答"), HttpStatusCode.Conflict);

        // Counted for the department: issued, escalated, answered late.
        var counted = await EventuallyTotal(city, statistics, t => t.GetProperty("noticesAnsweredLate").GetInt64() > before.GetProperty("noticesAnsweredLate").GetInt64());
        foreach (var indicator in new[] { "noticesIssued", "noticesOverdue", "noticesAnswered", "noticesAnsweredLate" })
        {
            Assert.Equal(before.GetProperty(indicator).GetInt64() + 1, counted.GetProperty(indicator).GetInt64());
        }

        Assert.Equal(before.GetProperty("received").GetInt64(), counted.GetProperty("received").GetInt64());
    }

    [Fact]
    public async Task Only_a_supervisor_over_the_department_issues_one_for_a_department_of_the_catalog_and_bad_input_changes_nothing()
    {
        await host.StartNextWeek();
        var city = await _api.Supervisor("330300");
        var before = await Lines(city);

        await AssertRefused(await (await _api.Supervisor("350700")).PostAsJsonAsync("/api/supervision/department-notices", Notice), HttpStatusCode.Forbidden);
        await AssertRefused(await (await _api.Staff("approver", RuianWeather, "head")).PostAsJsonAsync("/api/supervision/department-notices", Notice), HttpStatusCode.Forbidden);
        await AssertRefused(await (await _api.Applicant("someone")).PostAsJsonAsync("/api/supervision/department-notices", Notice), HttpStatusCode.Forbidden);
        var unknown = await (await city.PostAsJsonAsync("/api/supervision/department-notices", new { departmentCode = "330381-NONE", reason = "r", requirement = "q", responseWorkingDays = 2 }))
            .AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("catalog", unknown.GetProperty("errors").GetProperty("departmentCode")[0].GetString());
        await AssertRefused(await city.PostAsJsonAsync("/api/supervision/department-notices", new { departmentCode = "999999-QXJ", reason = "r", requirement = "q", responseWorkingDays = 2 }), HttpStatusCode.BadRequest);
        await AssertRefused(await city.PostAsJsonAsync("/api/supervision/department-notices", new { departmentCode = RuianWeather, reason = "r", requirement = "q", responseWorkingDays = 21 }), HttpStatusCode.BadRequest);
        await AssertRefused(await city.PostAsJsonAsync("/api/supervision/department-notices", new { departmentCode = RuianWeather, reason = new string('长', 5000), requirement = "q", responseWorkingDays = 2 }), HttpStatusCode.BadRequest);
        await AssertRefused(await city.PostAsJsonAsync("/api/supervision/department-notices", new { departmentCode = 330381, reason = "r", requirement = "q", responseWorkingDays = "two" }), HttpStatusCode.BadRequest);
        await AssertRefused(await city.GetAsync("/api/supervision/department-notices/20260302090001-330302-QR06001000-2AU2"), HttpStatusCode.NotFound);
        await AssertRefused(await city.GetAsync("/api/supervision/department-notices/not-a-number"), HttpStatusCode.NotFound);

        Assert.Equal(before, await Lines(city));
    }

    private static Task<HttpResponseMessage> Answer(HttpClient client, string number, string answer, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/supervision/department-notices/{number}/answer") { Content = JsonContent.Create(new { answer }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>The notices to 瑞安市气象局, which only these tests issue, each answered before it ends.</summary>
    private static async Task<int> Lines(HttpClient supervisor) =>
        (await Ok(await supervisor.GetAsync($"/api/supervision/notices?departmentCode={RuianWeather}&pageSize=100"))).GetProperty("items").GetArrayLength();
}
