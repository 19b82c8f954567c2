using System.Net;
using System.Net.Http.Json;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>Commands replayed (a retry, a double click, a resent request) and sent out of order: each takes effect once, in its turn, or not at all.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ReplayedCommandsTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Wenzhou = "330300-QXJ";

    [Fact]
    public async Task Replayed_and_reordered_commands_record_each_event_once_and_in_order()
    {
        var api = new ReviewApiClient(host.BaseAddress);
        var applicant = await api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = Lightning }))).GetProperty("case").GetProperty("number").GetString()!;
        await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new
        {
            applicantType = "企业法人", applicantName = "温州某化工有限公司", identityNumber = "91350100M000100Y43",
            contactName = "王五", contactPhone = "13800138000", address = "温州市鹿城区", matter = "申请事项",
        }));
        foreach (var slot in (await Ok(await applicant.GetAsync($"/api/catalog/items/{Lightning}"))).GetProperty("materials").EnumerateArray()
                     .Where(m => m.GetProperty("required").GetBoolean()).Select(m => m.GetProperty("id").GetString()!))
        {
            await Upload(applicant, number, slot);
        }

        // Out of order: nothing can be accepted, decided or delivered before it is submitted.
        var clerk = await api.Staff("clerk", Wenzhou);
        var reviewer = await api.Staff("reviewer", Wenzhou);
        var approver = await api.Staff("approver", Wenzhou);
        var head = await api.Staff("approver", Wenzhou, "head");
        await AssertRefused(await Command(clerk, number, "acceptance"), HttpStatusCode.NotFound);

        // The submission sent three times at once with one key: one submission, three identical answers.
        var submissions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/submission");
            request.Headers.Add("Idempotency-Key", "submit-" + number);
            return applicant.SendAsync(request);
        }));
        Assert.All(submissions, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        Assert.Single(submissions.Select(s => s.Headers.ETag?.Tag).Distinct());

        await AssertRefused(await Command(head, number, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条" }, reasons = "符合条件", resultDocument = "温气审〔2026〕7号",
        }), HttpStatusCode.Conflict);
        await AssertRefused(await Command(clerk, number, "delivery", new { method = "窗口领取" }), HttpStatusCode.Conflict);
        await AssertRefused(await applicant.PostAsync($"/api/cases/{number}/supplement", null), HttpStatusCode.Conflict);

        // Each command replayed after it took effect is refused, whoever sends it again.
        await Ok(await Command(clerk, number, "acceptance"));
        await AssertRefused(await Command(clerk, number, "acceptance"), HttpStatusCode.Conflict);
        var forward = new { outcome = "forward", opinion = "同意" };
        await Ok(await Command(reviewer, number, "step-completion", forward));
        await AssertRefused(await Command(reviewer, number, "step-completion", forward), HttpStatusCode.Conflict);
        await Ok(await Command(approver, number, "step-completion", forward));
        var decision = new { outcome = "approved", legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条" }, reasons = "符合条件", resultDocument = "温气审〔2026〕7号" };
        var decisions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Command(head, number, "decision", decision)));
        Assert.Single(decisions, d => d.StatusCode == HttpStatusCode.OK);
        Assert.All(decisions.Where(d => d.StatusCode != HttpStatusCode.OK), d => Assert.Equal(HttpStatusCode.Conflict, d.StatusCode));
        await Ok(await Command(clerk, number, "delivery", new { method = "窗口领取" }));
        await AssertRefused(await Command(clerk, number, "delivery", new { method = "窗口领取" }), HttpStatusCode.Conflict);
        await AssertRefused(await applicant.PostAsJsonAsync($"/api/cases/{number}/withdrawal", new { reason = "不需要了" }), HttpStatusCode.Conflict);

        var history = (await History(applicant, number)).Where(t => t is not ("clockWarned" or "materialAttached")).ToList();
        Assert.Equal(["draftStarted", "formUpdated", "submitted", "accepted", "reviewStepCompleted", "reviewStepCompleted", "decided", "delivered"], history);
    }
}
