using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using GovFunctions.Core.Calendar;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>依申请公开 over HTTP with the Development clock: received, listed, warned, extended once, answered by type.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class DisclosureEndToEndTests(ReviewHostFixture host)
{
    private const string Item = "GG05001000-350700000000";   // 政府信息公开申请, 南平市人民政府办公室
    private const string Office = "350700-ZFBGS";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private static object Request(string description = "南平市2025年城区道路改造项目的立项批复文件") => new
    {
        itemCode = Item,
        requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "13900139000" },
        description,
        forms = new[] { "electronic", "paper" },
    };

    private static Task<HttpResponseMessage> Step(HttpClient client, string number, string step, object body) =>
        client.PostAsJsonAsync($"/api/disclosure-requests/{number}/{step}", body);

    private static HttpRequestMessage WithKey(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/disclosure-requests") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static Task<HttpResponseMessage> UploadDocument(HttpClient staff, string number, byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        return staff.PostAsync($"/api/disclosure-requests/{number}/documents", content);
    }

    [Fact]
    public async Task A_request_is_received_listed_for_its_department_and_answered_disclosed_in_a_form_asked_for()
    {
        var monday = await host.StartNextWeek();
        var province = new QueueServiceClient("UseDevelopmentStorage=true").GetQueueClient(host.Settings["ProvinceQueues:QueuePrefix"] + "350000");
        await province.CreateIfNotExistsAsync();
        await province.ClearMessagesAsync();   // this collection runs one test at a time
        var requester = await _api.Applicant("citizen-" + Guid.NewGuid().ToString("N")[..8]);
        await AssertRefused(await requester.PostAsJsonAsync("/api/cases", new { itemCode = Item }), HttpStatusCode.Conflict);

        // Sent twice with one Idempotency-Key (a portal retrying after a timeout): received once.
        var key = Guid.NewGuid().ToString();
        var filed = await requester.SendAsync(WithKey(key, Request()));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var request = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var number = request.GetProperty("number").GetString()!;
        Assert.Equal(number, (await Ok(await requester.SendAsync(WithKey(key, Request())))).GetProperty("number").GetString());
        await AssertRefused(await requester.SendAsync(WithKey(key, Request("另一份文件"))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"/api/disclosure-requests/{number}", filed.Headers.Location!.OriginalString);
        Assert.Equal(("disclosureAnswer", Calendar.DeadlineAfter(monday, 20)),
            (request.GetProperty("clock").GetProperty("kind").GetString(), request.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset()));

        var clerk = await _api.Staff("clerk", Office);
        Assert.True(await EventuallyListed(clerk, number, present: true));
        await AssertRefused(await (await _api.Applicant("someone-else")).GetAsync($"/api/disclosure-requests/{number}"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Staff("approver", "350700-QXJ")).GetAsync($"/api/disclosure-requests/{number}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await (await _api.Supervisor("350700")).GetAsync($"/api/disclosure-requests/{number}")).StatusCode);
        await AssertRefused(await requester.GetAsync($"/api/cases/{number}"), HttpStatusCode.NotFound);

        var answer = new { type = "disclosed", text = "已通过电子邮件提供立项批复文件", deliveredAs = "electronic" };
        await AssertRefused(await Step(clerk, number, "answer", answer), HttpStatusCode.Forbidden);
        var head = await _api.Staff("approver", Office, "head");
        await AssertRefused(await Step(head, number, "answer", answer), HttpStatusCode.BadRequest);   // electronic, and nothing to provide yet
        var uploaded = await Ok(await UploadDocument(clerk, number, Pdf, "立项批复.pdf"));
        Assert.Equal("document-1", uploaded.GetProperty("documents")[0].GetProperty("slotId").GetString());
        Assert.Empty((await Ok(await requester.GetAsync($"/api/disclosure-requests/{number}"))).GetProperty("documents").EnumerateArray());
        await AssertRefused(await requester.GetAsync($"/api/disclosure-requests/{number}/documents/document-1"), HttpStatusCode.NotFound);
        await AssertRefused(await Step(head, number, "answer", answer with { deliveredAs = "inspection" }), HttpStatusCode.BadRequest);
        var answered = await Ok(await Step(head, number, "answer", answer));
        Assert.Equal(("disclosed", "electronic"), (answered.GetProperty("request").GetProperty("answer").GetProperty("type").GetString(),
            answered.GetProperty("request").GetProperty("answer").GetProperty("deliveredAs").GetString()));
        await AssertRefused(await Step(head, number, "answer", answer), HttpStatusCode.Conflict);

        Assert.Equal("disclosed", (await Ok(await requester.GetAsync($"/api/disclosure-requests/{number}"))).GetProperty("request").GetProperty("answer").GetProperty("type").GetString());
        var delivered = await requester.GetAsync($"/api/disclosure-requests/{number}/documents/document-1");
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(Pdf, await delivered.Content.ReadAsByteArrayAsync());
        Assert.Equal("立项批复.pdf", delivered.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.True(await EventuallyListed(clerk, number, present: false));

        // The province heard of its receipt and its answer, with the procedure named.
        List<JsonElement> queued = [];
        for (var attempt = 0; attempt < 100 && queued.Count < 2; attempt++)
        {
            await Task.Delay(50);
            queued = [.. (await province.PeekMessagesAsync(32)).Value.Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
                .Where(e => e.GetProperty("sessionId").GetString() == number)];
        }

        Assert.Equal(["disclosureReceived", "disclosureAnswered"], queued.Select(e => e.GetProperty("subject").GetString()));
        Assert.All(queued, e => Assert.Equal("disclosure", e.GetProperty("body").GetProperty("details").GetProperty("procedure").GetString()));
    }

    [Fact]
    public async Task A_request_near_its_limit_turns_yellow_is_extended_once_and_refused_in_part_with_its_articles()
    {
        var monday = await host.StartNextWeek();
        var requester = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = (await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request("某企业环评报告全文")))).GetProperty("number").GetString()!;
        var head = await _api.Staff("approver", Office, "head");

        // Three working days before its deadline the answer clock turns yellow.
        await host.MoveClockTo(Calendar.DeadlineAfter(monday, 17).AddHours(2));
        for (var attempt = 0; attempt < 100 && (await Ok(await head.GetAsync($"/api/disclosure-requests/{number}"))).GetProperty("clock").GetProperty("level").GetString() != "warning"; attempt++)
        {
            await Task.Delay(50);
        }

        var extended = await Ok(await Step(head, number, "extension", new { workingDays = 20, reason = "需征求第三方意见并协调调取档案" }));
        Assert.Equal(("none", Calendar.Extend(Calendar.DeadlineAfter(monday, 20), 20)),
            (extended.GetProperty("clock").GetProperty("level").GetString(), extended.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset()));
        await AssertRefused(await Step(head, number, "extension", new { workingDays = 5, reason = "再延" }), HttpStatusCode.Conflict);

        await AssertRefused(await Step(head, number, "answer", new { type = "partiallyDisclosed", text = "部分公开", deliveredAs = "electronic" }), HttpStatusCode.BadRequest);
        var partial = new
        {
            type = "partiallyDisclosed", text = "报告中涉及企业商业秘密的部分不予公开，其余部分予以公开", articles = new[] { "《政府信息公开条例》第十五条", "第三十七条" }, deliveredAs = "electronic",
        };
        await AssertRefused(await Step(head, number, "answer", partial), HttpStatusCode.BadRequest);   // Art. 37: the redacted copy first

        // The redacted copy goes through the material checks: a file that is not a document, another department, the requester — refused, nothing kept.
        await AssertRefused(await UploadDocument(head, number, "MZ\u0090\0"u8.ToArray(), "tool.exe"), HttpStatusCode.UnsupportedMediaType);
        await AssertRefused(await UploadDocument(await _api.Staff("clerk", "350700-QXJ"), number, Pdf, "x.pdf"), HttpStatusCode.NotFound);
        await AssertRefused(await UploadDocument(requester, number, Pdf, "x.pdf"), HttpStatusCode.NotFound);
        Assert.Empty((await Ok(await head.GetAsync($"/api/disclosure-requests/{number}"))).GetProperty("documents").EnumerateArray());
        var redacted = Pdf.Concat("% redacted: 第3-5页商业秘密已遮盖\n"u8.ToArray()).ToArray();
        await Ok(await UploadDocument(head, number, redacted, "环评报告（遮盖后）.pdf"));
        await AssertRefused(await UploadDocument(head, number, redacted, "again.pdf"), HttpStatusCode.Conflict);

        var answered = await Ok(await Step(head, number, "answer", partial));
        Assert.Equal(2, answered.GetProperty("request").GetProperty("answer").GetProperty("articles").GetArrayLength());
        Assert.Equal(redacted, await (await requester.GetAsync($"/api/disclosure-requests/{number}/documents/document-1")).Content.ReadAsByteArrayAsync());
        await AssertRefused(await UploadDocument(head, number, Pdf, "late.pdf"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Art30_one_request_is_corrected_and_answered_another_lapses_uncorrected()
    {
        var monday = await host.StartNextWeek();
        var requester = await _api.Applicant("citizen-" + Guid.NewGuid().ToString("N")[..8]);
        var clerk = await _api.Staff("clerk", Office);
        var head = await _api.Staff("approver", Office, "head");
        var corrected = (await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request("道路改造的文件")))).GetProperty("number").GetString()!;
        var lapsing = (await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request("有关部门的文件")))).GetProperty("number").GetString()!;

        var waiting = await Ok(await Step(clerk, corrected, "correction-request", new { items = "请明确文件名称、文号或形成时间", periodWorkingDays = 5 }));
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("clock").ValueKind);
        await AssertRefused(await Step(clerk, corrected, "correction-request", new { items = "再补正", periodWorkingDays = 5 }), HttpStatusCode.Conflict);
        await AssertRefused(await Step(head, corrected, "answer", new { type = "doesNotExist", text = "未找到" }), HttpStatusCode.Conflict);
        await Ok(await Step(clerk, lapsing, "correction-request", new { items = "请明确所需信息的具体内容", periodWorkingDays = 3 }));

        // Corrected on Wednesday: the 20 working days start again from it.
        var wednesday = monday.AddDays(2);
        await host.MoveClockTo(wednesday);
        var restarted = await Ok(await Step(requester, corrected, "correction", new { description = "南平市2025年城区道路改造项目立项批复（南发改〔2025〕12号）" }));
        Assert.Equal(Calendar.DeadlineAfter(wednesday, 20), restarted.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        await Ok(await Step(head, corrected, "answer", new { type = "alreadyPublic", text = "该文件已主动公开", location = "南平市人民政府门户网站 › 政府信息公开 › 发改委" }));

        // The other is not corrected within its 3 working days: treated as abandoned, by the platform.
        await host.MoveClockTo(Calendar.DeadlineAfter(monday, 3).AddHours(2));
        for (var attempt = 0; attempt < 100 && (await Ok(await requester.GetAsync($"/api/disclosure-requests/{lapsing}"))).GetProperty("request").GetProperty("lapsedAt").ValueKind == JsonValueKind.Null; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(JsonValueKind.String, (await Ok(await requester.GetAsync($"/api/disclosure-requests/{lapsing}"))).GetProperty("request").GetProperty("lapsedAt").ValueKind);
        await AssertRefused(await Step(requester, lapsing, "correction", new { description = "补正" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Art32_a_third_party_consultation_stops_the_answer_clock_for_the_working_days_it_took()
    {
        var monday = await host.StartNextWeek();
        var requester = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var clerk = await _api.Staff("clerk", Office);
        var number = (await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request("某项目中标单位的投标文件")))).GetProperty("number").GetString()!;

        await Ok(await Step(clerk, number, "consultation", new { thirdParty = "南平某建设有限公司", matter = "投标文件涉及贵司商业秘密，是否同意公开" }));
        await AssertRefused(await Step(await _api.Staff("approver", Office, "head"), number, "answer", new { type = "doesNotExist", text = "未找到" }), HttpStatusCode.Conflict);
        // Answered on Thursday morning: Tuesday, Wednesday and Thursday did not count.
        await host.MoveClockTo(Calendar.DeadlineAfter(monday, 2).AddHours(10));
        var resumed = await Ok(await Step(clerk, number, "consultation-answer", new { answer = "不同意公开报价部分" }));

        var paused = resumed.GetProperty("pauses")[0].GetProperty("pausedWorkingDays").GetInt32();
        Assert.Equal(3, paused);
        Assert.Equal(Calendar.Extend(Calendar.DeadlineAfter(monday, 20), 3), resumed.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal("不同意公开报价部分", resumed.GetProperty("pauses")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Art42_the_eleventh_request_of_a_month_is_charged_per_request_and_the_clock_waits_for_the_payment()
    {
        await host.StartNextWeek();
        var requester = await _api.Applicant("frequent-" + Guid.NewGuid().ToString("N")[..8]);
        var numbers = new List<string>();
        for (var i = 1; i <= 11; i++)
        {
            numbers.Add((await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request($"第{i}份文件")))).GetProperty("number").GetString()!);
        }

        for (var attempt = 0; attempt < 100 && (await Ok(await requester.GetAsync("/api/me/cases?pageSize=100"))).GetProperty("items").GetArrayLength() < 11; attempt++)
        {
            await Task.Delay(50);
        }

        var head = await _api.Staff("approver", Office, "head");
        await AssertRefused(await Step(head, numbers[0], "fee", new { method = "perRequest" }), HttpStatusCode.Conflict);
        var charged = await Ok(await Step(head, numbers[^1], "fee", new { method = "perRequest" }));
        var fee = charged.GetProperty("request").GetProperty("fees")[0];
        Assert.Equal((100, 11), (fee.GetProperty("amount").GetInt32(), fee.GetProperty("ordinal").GetInt32()));
        await AssertRefused(await Step(head, numbers[^1], "fee", new { method = "perPage", pages = 300 }), HttpStatusCode.Conflict);
        await AssertRefused(await Step(head, numbers[^1], "answer", new { type = "disclosed", text = "x", deliveredAs = "electronic" }), HttpStatusCode.Conflict);

        var paid = await Ok(await Step(await _api.Staff("clerk", Office), numbers[^1], "fee-payment", new { }));
        Assert.Equal(JsonValueKind.String, paid.GetProperty("request").GetProperty("fees")[0].GetProperty("paidAt").ValueKind);
        await Ok(await Step(head, numbers[^1], "answer", new { type = "disclosed", text = "已提供", deliveredAs = "paper" }));
    }

    [Fact]
    public async Task The_annual_report_counts_requests_by_requester_kind_answers_by_type_and_those_pending_at_the_years_end()
    {
        var monday = await host.StartNextWeek();
        var year = ChinaTime.DateOf(monday).Year;
        var head = await _api.Staff("approver", Office, "head");
        var url = $"/api/supervision/disclosure-report?year={year}";
        var before = await Ok(await head.GetAsync(url));
        var requester = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var fromPerson = (await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", Request("年报测试一")))).GetProperty("number").GetString()!;
        await Ok(await requester.PostAsJsonAsync("/api/disclosure-requests", new
        {
            itemCode = Item, requester = new { kind = "organisation", name = "南平某科技有限公司", identityNumber = "91350100M000100Y43", email = "office@example.cn" },
            description = "年报测试二", forms = new[] { "electronic" },
        }));
        await Ok(await Step(head, fromPerson, "answer", new { type = "doesNotExist", text = "经检索，本机关未制作该信息" }));

        JsonElement after = default;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            after = await Ok(await head.GetAsync(url));
            if (after.GetProperty("receivedFromOrganisations").GetInt64() > before.GetProperty("receivedFromOrganisations").GetInt64()
                && Answered(after, "doesNotExist") > Answered(before, "doesNotExist"))
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.Equal(before.GetProperty("receivedFromNaturalPersons").GetInt64() + 1, after.GetProperty("receivedFromNaturalPersons").GetInt64());
        Assert.Equal(before.GetProperty("receivedFromOrganisations").GetInt64() + 1, after.GetProperty("receivedFromOrganisations").GetInt64());
        Assert.Equal(Answered(before, "doesNotExist") + 1, Answered(after, "doesNotExist"));
        Assert.Equal(before.GetProperty("pendingAtYearEnd").GetInt64() + 1, after.GetProperty("pendingAtYearEnd").GetInt64());
        await AssertRefused(await head.GetAsync("/api/supervision/disclosure-report?year=2018"), HttpStatusCode.BadRequest);
        await AssertRefused(await head.GetAsync($"/api/supervision/disclosure-report?year={year}&departmentCode=350700-QXJ"), HttpStatusCode.Forbidden);
        await AssertRefused(await requester.GetAsync(url), HttpStatusCode.Forbidden);
    }

    private static long Answered(JsonElement report, string type) =>
        report.GetProperty("answered").TryGetProperty(type, out var count) ? count.GetInt64() : 0;

    [Fact]
    public async Task Hostile_requests_change_nothing()
    {
        await host.StartNextWeek();
        var requester = await _api.Applicant("citizen-hostile");
        var clerk = await _api.Staff("clerk", Office);
        var before = await Listed(clerk);

        foreach (var body in new object[]
        {
            new { itemCode = Item, description = "x", forms = new[] { "electronic" } },
            new { itemCode = Item, requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011231", phone = "1" }, description = "x", forms = new[] { "electronic" } },
            new { itemCode = Item, requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230" }, description = "x", forms = new[] { "electronic" } },
            new { itemCode = Item, requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "1" }, description = "x", forms = new[] { "fax" } },
            new { itemCode = "XK01001001-330300000000", requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "1" }, description = "x", forms = new[] { "paper" } },
            new { itemCode = "GG99999999-350700000000", requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "1" }, description = "x", forms = new[] { "paper" } },
            new { itemCode = Item, requester = new { kind = "naturalPerson", name = "林某", identityNumber = "350702199001011230", phone = "1" }, description = new string('长', 3000), forms = new[] { "paper" } },
        })
        {
            await AssertRefused(await requester.PostAsJsonAsync("/api/disclosure-requests", body), HttpStatusCode.BadRequest);
        }

        await AssertRefused(await clerk.PostAsJsonAsync("/api/disclosure-requests", Request()), HttpStatusCode.Forbidden);
        await AssertRefused(await new HttpClient { BaseAddress = host.BaseAddress }.PostAsJsonAsync("/api/disclosure-requests", Request()), HttpStatusCode.Unauthorized);
        await AssertRefused(await Step(await _api.Staff("approver", Office, "head"), "20260302090001-350700-GG05001000-2AU2", "answer", new { type = "doesNotExist", text = "x" }), HttpStatusCode.NotFound);

        // Nothing new (an earlier test's answered request may still be leaving the list).
        Assert.Empty((await Listed(clerk)).Except(before));
    }

    private static async Task<List<string>> Listed(HttpClient staff) =>
        [.. (await Ok(await staff.GetAsync("/api/disclosure-requests?pageSize=100"))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!)];

    private static async Task<bool> EventuallyListed(HttpClient staff, string number, bool present)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await Listed(staff)).Contains(number) == present)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
