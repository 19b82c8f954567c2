using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Core.Calendar;

namespace GovFunctions.EndToEndTests;

/// <summary>The calls the review scenarios make, over HTTP against a running LocalHost.</summary>
internal sealed class ReviewApiClient(Uri baseAddress)
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    public static WorkCalendar Calendar => WorkCalendar.Official;

    public Task<HttpClient> Applicant(string subject) => LocalHostFixture.ClientFor(baseAddress, subject, ["applicant"]);

    public Task<HttpClient> Staff(string role, string departmentCode) =>
        LocalHostFixture.ClientFor(baseAddress, $"{role}-{departmentCode}", [role], departmentCode, departmentCode[..6]);

    /// <summary>Another person in the same role: 审核 and 决定 of one case are done by two (审管分离).</summary>
    public Task<HttpClient> Staff(string role, string departmentCode, string person) =>
        LocalHostFixture.ClientFor(baseAddress, $"{role}-{departmentCode}-{person}", [role], departmentCode, departmentCode[..6]);

    public Task<HttpClient> Supervisor(string regionCode) =>
        LocalHostFixture.ClientFor(baseAddress, $"supervisor-{regionCode}", ["supervisor"], regionCode: regionCode);

    /// <summary>Starts, fills and submits a case for the item: every required material is a small PDF.</summary>
    public async Task<string> SubmitCase(HttpClient applicant, string itemCode, string identityNumber = "91350100M000100Y43") =>
        await Submit(applicant, await FilledDraft(applicant, itemCode, identityNumber));

    /// <summary>A draft of the item with its form filled and every required material uploaded.</summary>
    public async Task<string> FilledDraft(HttpClient applicant, string itemCode, string identityNumber = "91350100M000100Y43")
    {
        var guide = await Ok(await applicant.GetAsync($"/api/catalog/items/{itemCode}"));
        var created = await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode }));
        var number = created.GetProperty("case").GetProperty("number").GetString()!;
        await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new
        {
            applicantType = "企业法人", applicantName = "温州某化工有限公司", identityNumber,
            contactName = "王五", contactPhone = "13800138000", address = "温州市鹿城区", matter = "申请事项",
        }));
        foreach (var slot in guide.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
        {
            await Upload(applicant, number, slot.GetProperty("id").GetString()!);
        }

        return number;
    }

    /// <summary>Accepts a submitted case at <paramref name="window"/> and takes it through every step of its guide to the decision.</summary>
    public async Task Decide(string number, string itemCode, string window, string outcome = "approved")
    {
        await Ok(await Command(await Staff("clerk", window, "window"), number, "acceptance"));
        var steps = (await Ok(await (await Applicant("reader")).GetAsync($"/api/catalog/items/{itemCode}"))).GetProperty("reviewSteps").GetArrayLength();
        var supervisor = await Supervisor(window[..6]);
        while (true)
        {
            var step = (await Get(supervisor, number)).GetProperty("steps").EnumerateArray().Last();
            var index = step.GetProperty("index").GetInt32();
            var staff = await Staff(step.GetProperty("role").GetString()!, step.GetProperty("departmentCode").GetString()!, $"step{index}");
            if (index < steps - 1)
            {
                await Ok(await Command(staff, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
                continue;
            }

            await Ok(await Command(staff, number, "decision", new
            {
                outcome, legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条" }, reasons = outcome == "approved" ? "符合法定条件" : "不符合法定条件",
                resultDocument = $"浙气审〔2026〕{index}{number[^4..]}号",
            }));
            return;
        }
    }

    private static async Task<string> Submit(HttpClient applicant, string number)
    {
        await Ok(await applicant.PostAsync($"/api/cases/{number}/submission", null));
        return number;
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient applicant, string number, string slotId)
    {
        var content = new ByteArrayContent(Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{slotId}.pdf" };
        return await applicant.PutAsync($"/api/cases/{number}/materials/{slotId}", content);
    }

    /// <summary>POSTs a command; <paramref name="ifMatch"/> sends the case version the caller last saw.</summary>
    public static Task<HttpResponseMessage> Command(HttpClient client, string number, string route, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/{route}") { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> Get(HttpClient client, string number) => await Ok(await client.GetAsync($"/api/cases/{number}"));

    /// <summary>The event types of the case's history, as its applicant sees them.</summary>
    public static async Task<List<string>> History(HttpClient applicant, string number) =>
        [.. (await Get(applicant, number)).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()!)];

    /// <summary>Work lists are views kept by the outbox processor after each save: wait for the case to (dis)appear, bounded.</summary>
    public static async Task<JsonElement?> EventuallyInWorkList(HttpClient staff, string number, bool present, string role = "")
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var list = await Ok(await staff.GetAsync("/api/work-items" + (role.Length > 0 ? $"?role={role}" : "")));
            var found = list.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("case").GetProperty("caseNumber").GetString() == number);
            if ((found.ValueKind != JsonValueKind.Undefined) == present)
            {
                return present ? found : null;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Case {number} did not {(present ? "appear in" : "leave")} the work list.");
    }

    public static async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        var problem = await response.AssertProblem(status);
        if (detailContains is not null)
        {
            Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
        }
    }

    /// <summary>The lines of one case in a supervision list (<paramref name="query"/>: "notices?regionCode=330300"), once there are <paramref name="count"/> of them.</summary>
    public static async Task<List<JsonElement>> EventuallyLines(HttpClient client, string query, string number, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = (await Ok(await client.GetAsync($"/api/supervision/{query}&pageSize=100"))).GetProperty("items").EnumerateArray()
                .Where(l => l.GetProperty("caseNumber").GetString() == number).ToList();
            if (lines.Count == count || attempt == 100)
            {
                return lines;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The <c>total</c> of a statistics report, once it holds what is awaited.</summary>
    public static async Task<JsonElement> EventuallyTotal(HttpClient client, string url, Func<JsonElement, bool> holds)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var total = (await Ok(await client.GetAsync(url))).GetProperty("total");
            if (holds(total))
            {
                return total;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{url} never showed the change.");
    }
}
