using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>投诉 over HTTP with the Development clock: from filing to publication, a late acceptance escalating, and hostile input.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class ComplaintEndToEndTests(ReviewHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string WenzhouWeather = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);
    private readonly HttpClient _anonymous = new() { BaseAddress = host.BaseAddress };

    private static Task<HttpResponseMessage> Step(HttpClient client, string number, string step, object body) =>
        client.PostAsJsonAsync($"/api/complaints/{number}/{step}", body);

    [Fact]
    public async Task A_complaint_about_a_case_is_accepted_assigned_answered_returned_closed_rated_and_published_de_identified()
    {
        var monday = await host.StartNextWeek();
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var caseNumber = await _api.SubmitCase(applicant, Lightning);
        var city = await _api.Supervisor("330300");
        var head = await _api.Staff("approver", WenzhouWeather, "head");
        var statistics = $"/api/supervision/statistics?departmentCode={WenzhouWeather}&from={ChinaTime.DateOf(monday):yyyy-MM-dd}&to={ChinaTime.DateOf(monday).AddDays(14):yyyy-MM-dd}";
        var before = (await Ok(await city.GetAsync(statistics))).GetProperty("total");

        await AssertRefused(await (await _api.Applicant("someone-else")).PostAsJsonAsync("/api/complaints", new { about = "case", caseNumber, text = "冒名投诉" }), HttpStatusCode.NotFound);
        var filed = await applicant.PostAsJsonAsync("/api/complaints", new { about = "case", caseNumber, text = "受理后三天无人联系，拨打 0577-88888888 无人接听。", publishable = true });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var complaint = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var number = complaint.GetProperty("number").GetString()!;
        var queryCode = complaint.GetProperty("queryCode").GetString()!;
        Assert.True(CaseNumber.TryParse(number, out var parsed));
        Assert.Equal(CaseNumber.ComplaintCode, parsed.BasicCode);
        Assert.Equal($"/api/complaints/{number}", filed.Headers.Location!.OriginalString);
        Assert.Equal(WenzhouWeather, complaint.GetProperty("departmentCode").GetString());
        Assert.Equal(Calendar.DeadlineAfter(monday, 5), complaint.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());

        // The case's staff view names it; supervision of the region has it to accept.
        var clerk = await _api.Staff("clerk", WenzhouWeather);
        Assert.Equal(number, (await Get(clerk, caseNumber)).GetProperty("complaints")[0].GetProperty("number").GetString());
        Assert.Single(await Lines(city, "regionCode=330300", number, 1));

        // Four working days on, the acceptance clock has turned yellow.
        await host.MoveClockTo(Calendar.DeadlineAfter(monday, 4).AddHours(1));
        await EventuallyLevel(city, number, "warning");

        await Ok(await Step(city, number, "acceptance", new { text = "属实，受理" }));
        await AssertRefused(await Step(city, number, "assignment", new { departmentCode = "330300-NONE" }), HttpStatusCode.BadRequest);
        var assigned = await Ok(await Step(city, number, "assignment", new { departmentCode = WenzhouWeather }));
        Assert.Equal("complaintHandling", assigned.GetProperty("clock").GetProperty("kind").GetString());
        Assert.Single(await Lines(head, $"departmentCode={WenzhouWeather}", number, 1));
        Assert.Empty(await Lines(city, "regionCode=330300", number, 0));

        await AssertRefused(await Step(await _api.Staff("reviewer", WenzhouWeather), number, "answer", new { text = "已处理" }), HttpStatusCode.Forbidden);
        await Ok(await Step(head, number, "answer", new { text = "已联系申请人。" }));
        await Ok(await Step(city, number, "answer-return", new { text = "请说明整改措施" }));
        await Ok(await Step(head, number, "answer", new { text = "已联系申请人（电话 13800138000），承办人超期未联系已批评教育，建立受理后一日内回访制度。" }));
        await AssertRefused(await Step(head, number, "closure", new { text = "自己结案" }), HttpStatusCode.Forbidden);
        var closed = await Ok(await Step(city, number, "closure", new { text = "整改措施到位" }));
        Assert.Equal("closed", closed.GetProperty("complaint").GetProperty("status").GetString());
        Assert.Equal("请说明整改措施", closed.GetProperty("complaint").GetProperty("answers")[0].GetProperty("returnedBecause").GetString());

        // The complainant follows it signed in or by number and code, and rates the handling once.
        Assert.Equal("closed", (await Ok(await applicant.GetAsync($"/api/complaints/{number}"))).GetProperty("complaint").GetProperty("status").GetString());
        await AssertRefused(await applicant.GetAsync($"/api/cases/{number}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync($"/api/complaints/{number}?queryCode={queryCode}")).StatusCode);
        await AssertRefused(await _anonymous.GetAsync($"/api/complaints/{number}?queryCode=ZZZZZZ"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync($"/api/complaints/{number}"), HttpStatusCode.NotFound);
        var rated = await Ok(await Step(applicant, number, "rating", new { level = "satisfied" }));
        Assert.Equal("satisfied", rated.GetProperty("complaint").GetProperty("handlingRating").GetProperty("level").GetString());
        await AssertRefused(await Step(applicant, number, "rating", new { level = "dissatisfied" }), HttpStatusCode.Conflict);

        // Published de-identified: the question and the answer, no case, no complainant, no long number.
        var published = await EventuallyPublished(number);
        Assert.False(published.TryGetProperty("caseNumber", out _));
        Assert.DoesNotContain("88888888", published.GetProperty("question").GetString());
        Assert.DoesNotContain("13800138000", published.GetProperty("answer").GetString());
        Assert.False(published.TryGetProperty("complainant", out _) || published.TryGetProperty("contact", out _));

        var counted = await EventuallyTotal(city, statistics, t => t.GetProperty("complaintsClosed").GetInt64() > before.GetProperty("complaintsClosed").GetInt64());
        Assert.Equal(
            (before.GetProperty("complaintsFiled").GetInt64() + 1, before.GetProperty("complaintsClosedOnTime").GetInt64() + 1, before.GetProperty("complaintAnswersReturned").GetInt64() + 1),
            (counted.GetProperty("complaintsFiled").GetInt64(), counted.GetProperty("complaintsClosedOnTime").GetInt64(), counted.GetProperty("complaintAnswersReturned").GetInt64()));
    }

    [Fact]
    public async Task An_anonymous_complaint_left_unaccepted_escalates_to_the_province_is_declined_and_rated_by_its_code()
    {
        var monday = await host.StartNextWeek();
        await AssertRefused(await _anonymous.PostAsJsonAsync("/api/complaints", new { about = "window", departmentCode = WenzhouWeather, window = "3号窗口", text = "态度差" }), HttpStatusCode.BadRequest);
        var complaint = await Ok(await _anonymous.PostAsJsonAsync("/api/complaints", new
        {
            about = "window", departmentCode = WenzhouWeather, window = "3号窗口", text = "态度差", contact = new { channel = "phone", value = "13900139000" },
        }));
        var number = complaint.GetProperty("number").GetString()!;
        var queryCode = complaint.GetProperty("queryCode").GetString()!;
        Assert.Equal("***", complaint.GetProperty("complaint").GetProperty("contact").GetProperty("value").GetString());

        // A working day past its acceptance limit: escalated, and the province lists it.
        await host.MoveClockTo(Calendar.Extend(Calendar.DeadlineAfter(monday, 5), 1).AddHours(1));
        var province = await _api.Supervisor("330000");
        Assert.Single(await Lines(province, "regionCode=330000", number, 1));
        var city = await _api.Supervisor("330300");
        var seen = await Ok(await city.GetAsync($"/api/complaints/{number}"));
        Assert.Equal(("overdue", "13900139000"), (seen.GetProperty("clock").GetProperty("level").GetString(), seen.GetProperty("complaint").GetProperty("contact").GetProperty("value").GetString()));

        await AssertRefused(await Step(await _api.Supervisor("350700"), number, "refusal", new { text = "不受理" }), HttpStatusCode.NotFound);
        await Ok(await Step(city, number, "refusal", new { text = "属于信访事项，已告知信访渠道" }));
        Assert.Empty(await Lines(province, "regionCode=330000", number, 0));
        await AssertRefused(await Step(_anonymous, number, "rating", new { level = "satisfied" }), HttpStatusCode.NotFound);
        await Ok(await _anonymous.PostAsJsonAsync($"/api/complaints/{number}/rating?queryCode={queryCode}", new { level = "basicallySatisfied" }));
        var published = (await Ok(await _anonymous.GetAsync($"/api/public/complaints?departmentCode={WenzhouWeather}&pageSize=100"))).GetProperty("items");
        Assert.DoesNotContain(published.EnumerateArray(), p => p.GetProperty("number").GetString() == number);
    }

    [Fact]
    public async Task A_complaint_sent_again_with_its_Idempotency_Key_is_the_one_filed_and_the_key_is_its_senders_own()
    {
        await host.StartNextWeek();
        var city = await _api.Supervisor("330300");
        var before = await Count(city);
        var key = Guid.NewGuid().ToString();
        var body = new { about = "department", departmentCode = WenzhouWeather, text = "办事指南与窗口要求不一致", contact = new { channel = "phone", value = "13900139000" } };

        var first = await FileWithKey(_anonymous, key, body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var number = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        var retried = await FileWithKey(_anonymous, key, body);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(number, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());

        // The key with another request is refused; a malformed key too; another account's same key is its own complaint.
        await AssertRefused(await FileWithKey(_anonymous, key, body with { text = "另一件事" }), HttpStatusCode.UnprocessableEntity);
        await AssertRefused(await FileWithKey(_anonymous, "not a key!", body), HttpStatusCode.BadRequest);
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var own = (await Ok(await FileWithKey(applicant, key, body))).GetProperty("number").GetString()!;
        Assert.NotEqual(number, own);

        Assert.Single(await Lines(city, "regionCode=330300", number, 1));
        Assert.Single(await Lines(city, "regionCode=330300", own, 1));
        Assert.Equal(before + 2, await Count(city));
    }

    [Fact]
    public async Task A_key_whose_first_request_failed_before_its_complaint_is_taken_over_after_a_minute_not_before()
    {
        await host.StartNextWeek();
        var key = Guid.NewGuid().ToString();
        var body = new { about = "department", departmentCode = WenzhouWeather, text = "网上预约后仍需现场排队", contact = new { channel = "email", value = "a@example.cn" } };
        var hash = Convert.ToHexStringLower(SHA256.HashData(await JsonContent.Create(body).ReadAsByteArrayAsync()));
        // What a request that stored its key and then died leaves: the key, naming a complaint that never came.
        const string Dangling = "20260302090001-330300-TS00000000-2AU2";
        var cases = host.Services.GetRequiredService<ICaseStore>();
        Assert.NotNull(await cases.TryStoreCreationKeyAsync(new CreationKey(IdempotentCreation.Anonymous, key, hash, Dangling, await host.Now()), null, default));

        await AssertRefused(await FileWithKey(_anonymous, key, body), HttpStatusCode.Conflict);
        await host.MoveClockTo((await host.Now()).Add(CaseChanges.CreationKeyTakeover).AddSeconds(1));
        var number = (await Ok(await FileWithKey(_anonymous, key, body))).GetProperty("number").GetString()!;
        Assert.NotEqual(Dangling, number);
        Assert.Equal(number, (await Ok(await FileWithKey(_anonymous, key, body))).GetProperty("number").GetString());
    }

    private static Task<HttpResponseMessage> FileWithKey(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Hostile_complaints_change_nothing()
    {
        await host.StartNextWeek();
        var city = await _api.Supervisor("330300");
        var before = await Count(city);
        var contact = new { channel = "email", value = "a@example.cn" };

        foreach (var (body, status) in new (object Body, HttpStatusCode Status)[]
        {
            (new { about = "mayor", text = "x", contact }, HttpStatusCode.BadRequest),
            (new { about = "department", departmentCode = "330300-NONE", text = "x", contact }, HttpStatusCode.BadRequest),
            (new { about = "department", departmentCode = "99", text = "x", contact }, HttpStatusCode.BadRequest),
            (new { about = "item", itemCode = "XK99999999-330300000000", text = "x", contact }, HttpStatusCode.BadRequest),
            (new { about = "case", caseNumber = "20260302090001-330302-QR06001000-2AU2", text = "x", contact }, HttpStatusCode.BadRequest),
            (new { about = "department", departmentCode = WenzhouWeather, text = new string('长', 3000), contact }, HttpStatusCode.BadRequest),
            (new { about = "department", departmentCode = WenzhouWeather, text = "x", contact = new { channel = "phone", value = 13900139000 } }, HttpStatusCode.BadRequest),
        })
        {
            await AssertRefused(await _anonymous.PostAsJsonAsync("/api/complaints", body), status);
        }

        await AssertRefused(await (await _api.Staff("clerk", WenzhouWeather)).PostAsJsonAsync("/api/complaints", new { about = "department", departmentCode = WenzhouWeather, text = "x" }), HttpStatusCode.Forbidden);
        var huge = new StringContent("{\"about\":\"department\",\"text\":\"" + new string('x', 200_000) + "\"}", System.Text.Encoding.UTF8, "application/json");
        await AssertRefused(await _anonymous.PostAsync("/api/complaints", huge), HttpStatusCode.RequestEntityTooLarge);
        await AssertRefused(await city.GetAsync("/api/complaints/20260302090001-330302-QR06001000-2AU2"), HttpStatusCode.NotFound);
        await AssertRefused(await Step(city, "20260302090001-330302-TS00000000-2AU2", "acceptance", new { text = "x" }), HttpStatusCode.NotFound);

        Assert.Equal(before, await Count(city));
    }

    private static async Task<int> Count(HttpClient supervisor) =>
        (await Ok(await supervisor.GetAsync("/api/supervision/complaints?regionCode=330300&pageSize=100"))).GetProperty("items").GetArrayLength();

    private static async Task<List<JsonElement>> Lines(HttpClient client, string query, string number, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = (await Ok(await client.GetAsync($"/api/supervision/complaints?{query}&pageSize=100"))).GetProperty("items").EnumerateArray()
                .Where(l => l.GetProperty("number").GetString() == number).ToList();
            if (lines.Count == count || attempt == 100)
            {
                return lines;
            }

            await Task.Delay(50);
        }
    }

    private static async Task EventuallyLevel(HttpClient client, string number, string level)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await Ok(await client.GetAsync($"/api/complaints/{number}"))).GetProperty("clock").GetProperty("level").GetString() == level)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Complaint {number} never turned {level}.");
    }

    private async Task<JsonElement> EventuallyPublished(string number)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var items = (await Ok(await _anonymous.GetAsync($"/api/public/complaints?departmentCode={WenzhouWeather}&pageSize=100"))).GetProperty("items").EnumerateArray();
            if (items.FirstOrDefault(i => i.GetProperty("number").GetString() == number) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Complaint {number} was never published.");
    }
}
