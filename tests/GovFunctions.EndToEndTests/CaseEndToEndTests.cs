using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

[Collection(LocalHostCollection.Name)]
public sealed class CaseEndToEndTests(LocalHostFixture host)
{
    private const string ItemCode = "XK01001001-330300000000"; // 雷电防护装置设计审核: M01–M03 required (pdf; M03 also jpg/png)

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private static readonly object CompleteForm = new
    {
        applicantType = "企业法人", applicantName = "温州某化工有限公司", identityNumber = "91350100M000100Y43",
        contactName = "王五", contactPhone = "13800138000", address = "温州市鹿城区", matter = "油库雷电防护装置设计审核",
    };

    private Task<HttpClient> Applicant(string subject) => host.ClientFor(subject, ["applicant"]);

    private static async Task<(string Number, string QueryCode)> StartCase(HttpClient applicant)
    {
        var created = await applicant.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var state = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case");
        return (state.GetProperty("number").GetString()!, state.GetProperty("queryCode").GetString()!);
    }

    private static HttpContent File(byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        return content;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task FillDraft(HttpClient applicant, string number)
    {
        await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", CompleteForm));
        foreach (var slot in new[] { "M01", "M02", "M03" })
        {
            await Ok(await applicant.PutAsync($"/api/cases/{number}/materials/{slot}", File(Pdf, $"{slot} 申请材料.pdf")));
        }
    }

    private static HttpRequestMessage Submission(string number, string? key, string body = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/submission") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    /// <summary>The lists are views the outbox processor updates after the save; wait for it (bounded), never for a fixed time.</summary>
    private static async Task<JsonElement> EventuallyListed(HttpClient client, string url, string number, string stage)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var page = await Ok(await client.GetAsync(url));
            var found = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("caseNumber").GetString() == number).ToList();
            if (found.Count == 1 && found[0].GetProperty("stage").GetString() == stage)
            {
                return found[0];
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Case {number} did not appear as {stage} in {url}.");
    }

    [Fact]
    public async Task An_applicant_files_a_case_online_and_tracks_it()
    {
        // Browse the catalog, then apply.
        var guide = await Ok(await host.Client.GetAsync($"/api/catalog/items/{ItemCode}"));
        Assert.Equal(4, guide.GetProperty("materials").GetArrayLength());
        var applicant = await Applicant("company-portal-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, queryCode) = await StartCase(applicant);
        Assert.Matches("^[0-9]{14}-330300-XK01001001-[0-9A-Z]{4}$", number);

        await FillDraft(applicant, number);
        var submitted = await Ok(await applicant.SendAsync(Submission(number, "submit-1")));
        Assert.Equal("submitted", submitted.GetProperty("case").GetProperty("stage").GetString());
        Assert.Equal(
            ["draftStarted", "formUpdated", "materialAttached", "materialAttached", "materialAttached", "submitted"],
            submitted.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal("M01 申请材料.pdf", submitted.GetProperty("case").GetProperty("materials")[0].GetProperty("fileName").GetString());

        // Anyone with number and query code sees the status, nothing personal.
        var status = await Ok(await host.Client.GetAsync($"/api/public/cases/{number}/status?queryCode={queryCode}"));
        Assert.Equal(("submitted", 5), (status.GetProperty("stage").GetString(), status.GetProperty("promisedLimitWorkingDays").GetInt32()));
        Assert.Equal("acceptance", status.GetProperty("clock").GetString());
        Assert.InRange(status.GetProperty("workingDaysLeft").GetInt32(), 0, 5);
        Assert.DoesNotContain("温州某化工", status.GetRawText());
        await (await host.Client.GetAsync($"/api/public/cases/{number}/status?queryCode=WRONG2")).AssertProblem(HttpStatusCode.NotFound);

        await EventuallyListed(applicant, "/api/me/cases", number, "submitted");

        // The window clerk of 温州市气象局 sees it arrive, with the acceptance clock, and can read its materials.
        var clerk = await host.ClientFor("clerk-wz-qxj", ["clerk"], "330300-QXJ", "330300");
        var incoming = await Ok(await clerk.GetAsync("/api/work-items"));
        var item = Assert.Single(incoming.GetProperty("items").EnumerateArray(), i => i.GetProperty("case").GetProperty("caseNumber").GetString() == number);
        Assert.InRange(item.GetProperty("workingDaysLeft").GetInt32(), 0, 5);
        var deadlines = incoming.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("deadline").GetDateTimeOffset()).ToList();
        Assert.Equal(deadlines.Order(), deadlines);

        var download = await clerk.GetAsync($"/api/cases/{number}/materials/M01");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf.Length, download.Content.Headers.ContentLength);
        Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))}\"", download.Headers.ETag?.Tag);
        Assert.Equal("M01 申请材料.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/cases/{number}/materials/M02")).StatusCode);

        var otherWindow = await host.ClientFor("clerk-np-qxj", ["clerk"], "350700-QXJ", "350700");
        await (await otherWindow.GetAsync($"/api/cases/{number}/materials/M01")).AssertProblem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await Ok(await otherWindow.GetAsync("/api/work-items"))).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("case").GetProperty("caseNumber").GetString() == number);
        await (await applicant.GetAsync("/api/work-items")).AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Submitting_again_with_the_same_key_changes_nothing_and_a_reused_key_is_422()
    {
        var applicant = await Applicant("company-retry-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);
        await FillDraft(applicant, number);

        var first = await Ok(await applicant.SendAsync(Submission(number, "key-1", "{}")));
        var retry = await Ok(await applicant.SendAsync(Submission(number, "key-1", "{}")));

        Assert.Equal(first.GetProperty("history").GetArrayLength(), retry.GetProperty("history").GetArrayLength());
        await (await applicant.SendAsync(Submission(number, "key-1", "{\"other\":1}"))).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await applicant.SendAsync(Submission(number, "key-2", "{}"))).AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_submit_exactly_once()
    {
        var applicant = await Applicant("company-race-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);
        await FillDraft(applicant, number);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => applicant.SendAsync(Submission(number, "race-key", "{}"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var history = (await Ok(await applicant.GetAsync($"/api/cases/{number}"))).GetProperty("history");
        Assert.Single(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "submitted");
    }

    [Fact]
    public async Task An_incomplete_submission_is_422_listing_exactly_what_is_missing()
    {
        var applicant = await Applicant("company-incomplete-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);
        await Ok(await applicant.PutAsync($"/api/cases/{number}/materials/M01", File(Pdf, "a.pdf")));

        var problem = await (await applicant.SendAsync(Submission(number, null))).AssertProblem(HttpStatusCode.UnprocessableEntity);

        var missing = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("materials.M02", missing);
        Assert.Contains("materials.M03", missing);
        Assert.Contains("form.applicantName", missing);
        Assert.DoesNotContain("materials.M01", missing);
        Assert.DoesNotContain("materials.M04", missing); // optional
    }

    [Fact]
    public async Task Hostile_uploads_are_refused_and_file_names_stay_names()
    {
        var applicant = await Applicant("company-hostile-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);

        await (await applicant.PutAsync($"/api/cases/{number}/materials/M01", File(Executable, "申请表.pdf"))).AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(["slotId"], await (await applicant.PutAsync($"/api/cases/{number}/materials/M99", File(Pdf, "a.pdf"))).AssertValidationProblem());
        var saved = await Ok(await applicant.PutAsync($"/api/cases/{number}/materials/M01", File(Pdf, "../../../etc/passwd")));

        var materials = saved.GetProperty("case").GetProperty("materials");
        Assert.Equal("passwd", Assert.Single(materials.EnumerateArray()).GetProperty("fileName").GetString());

        // What the client declares does not matter (curl --data-binary says form-urlencoded): the content decides.
        var declaredWrongly = new ByteArrayContent(Pdf);
        declaredWrongly.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        await Ok(await applicant.PutAsync($"/api/cases/{number}/materials/M02", declaredWrongly));
    }

    [Fact]
    public async Task A_10_MB_JSON_body_is_413()
    {
        var applicant = await Applicant("company-big-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);

        var huge = new StringContent("{\"matter\":\"" + new string('x', 10 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");

        await (await applicant.PutAsync($"/api/cases/{number}/form", huge)).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Another_applicants_case_is_404_and_no_token_is_401()
    {
        var owner = await Applicant("citizen-owner-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(owner);
        var stranger = await Applicant("citizen-stranger-" + Guid.NewGuid().ToString("N")[..6]);

        await (await stranger.GetAsync($"/api/cases/{number}")).AssertProblem(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"/api/cases/{number}/form", CompleteForm)).AssertProblem(HttpStatusCode.NotFound);
        await (await host.Client.GetAsync($"/api/cases/{number}")).AssertProblem(HttpStatusCode.Unauthorized);
        await (await host.Client.GetAsync("/api/me/cases")).AssertProblem(HttpStatusCode.Unauthorized);
        await (await host.Client.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode })).AssertProblem(HttpStatusCode.Unauthorized);
        await (await stranger.GetAsync("/api/cases/not-a-case-number")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_applicant_withdraws_with_a_reason()
    {
        var applicant = await Applicant("company-withdraw-" + Guid.NewGuid().ToString("N")[..6]);
        var (number, _) = await StartCase(applicant);
        await FillDraft(applicant, number);
        await Ok(await applicant.SendAsync(Submission(number, null)));

        Assert.Equal(["reason"], await (await applicant.PostAsJsonAsync($"/api/cases/{number}/withdrawal", new { reason = "" })).AssertValidationProblem());
        var withdrawn = await Ok(await applicant.PostAsJsonAsync($"/api/cases/{number}/withdrawal", new { reason = "材料需要重新准备" }));

        Assert.Equal("withdrawn", withdrawn.GetProperty("case").GetProperty("stage").GetString());
        await EventuallyListed(applicant, "/api/me/cases", number, "withdrawn");
    }
}
