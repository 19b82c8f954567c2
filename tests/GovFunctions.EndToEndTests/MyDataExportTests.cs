using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>个人信息保护法 第四十五条: an applicant exports everything the platform holds about them, and nothing of anyone else.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class MyDataExportTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";

    [Fact]
    public async Task An_applicant_exports_every_case_with_its_history_and_nobody_else_does()
    {
        var api = new ReviewApiClient(host.BaseAddress);
        var subject = "company-" + Guid.NewGuid().ToString("N")[..8];
        var applicant = await api.Applicant(subject);
        var submitted = await api.SubmitCase(applicant, Lightning);
        var draft = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = Lightning }))).GetProperty("case").GetProperty("number").GetString();
        var other = await api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var theirs = await api.SubmitCase(other, Lightning);

        JsonElement export = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var answer = await applicant.GetAsync("/api/me/data");
            Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
            export = await Ok(answer);
            if (export.GetProperty("cases").GetArrayLength() == 2)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.Equal(subject, export.GetProperty("subject").GetString());
        var cases = export.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("case").GetProperty("number").GetString()!);
        Assert.Equal(new[] { draft, submitted }.Order(), cases.Keys.Order());
        Assert.Equal("91350100M000100Y43", cases[submitted].GetProperty("case").GetProperty("form").GetProperty("identityNumber").GetString());
        Assert.Contains("submitted", cases[submitted].GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.DoesNotContain(theirs, export.GetRawText());

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/me/data")).StatusCode);
        await AssertRefused(await (await api.Staff("clerk", "330300-QXJ")).GetAsync("/api/me/data"), HttpStatusCode.Forbidden);
    }
}
