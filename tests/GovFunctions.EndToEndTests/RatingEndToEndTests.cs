using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>好差评 over HTTP: one rating of a concluded case by its applicant, replayable by key, read by those the case concerns.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class RatingEndToEndTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Department = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private async Task<(HttpClient Applicant, string Number)> Decided()
    {
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(applicant, Lightning);
        await _api.Decide(number, Lightning, Department);
        return (applicant, number);
    }

    public static Task<HttpResponseMessage> Rate(HttpClient client, string number, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/rating") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task The_applicant_rates_a_decided_case_once_a_retry_is_harmless_and_the_case_staff_read_it()
    {
        var (applicant, number) = await Decided();
        await AssertRefused(await Rate(await _api.Staff("clerk", Department), number, new { level = "verySatisfied" }), HttpStatusCode.NotFound);
        await AssertRefused(await Rate(applicant, number, new { level = "dissatisfied" }), HttpStatusCode.BadRequest);

        var rating = new { level = "satisfied", dimensions = new[] { new { dimension = "efficiency", level = "verySatisfied" }, new { dimension = "usability", level = "basicallySatisfied" } } };
        var rated = await Ok(await Rate(applicant, number, rating, "rating-1"));
        Assert.Equal("satisfied", rated.GetProperty("case").GetProperty("rating").GetProperty("level").GetString());
        Assert.Equal("rated", rated.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString());

        // The same request again answers the case as it is; another rating is refused.
        var replayed = await Ok(await Rate(applicant, number, rating, "rating-1"));
        Assert.Equal(rated.GetProperty("case").GetProperty("version").GetInt32(), replayed.GetProperty("case").GetProperty("version").GetInt32());
        await AssertRefused(await Rate(applicant, number, new { level = "veryDissatisfied", reasons = new[] { "超时办理" } }, "rating-2"), HttpStatusCode.Conflict);

        // Its applicant, the case's staff and its region's supervisor read it; another applicant and another region learn nothing.
        foreach (var reader in new[] { applicant, await _api.Staff("clerk", Department), await _api.Supervisor("330300") })
        {
            var read = await Ok(await reader.GetAsync($"/api/cases/{number}/rating"));
            Assert.Equal("verySatisfied", read.GetProperty("dimensions").GetProperty("efficiency").GetString());
            Assert.Equal("2026-1", read.GetProperty("dimensionsVersion").GetString());
        }

        await AssertRefused(await (await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8])).GetAsync($"/api/cases/{number}/rating"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync($"/api/cases/{number}/rating"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_case_not_yet_concluded_cannot_be_rated_and_the_dimensions_are_public()
    {
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(applicant, Lightning);
        await AssertRefused(await Rate(applicant, number, new { level = "satisfied" }), HttpStatusCode.Conflict);
        await AssertRefused(await applicant.GetAsync($"/api/cases/{number}/rating"), HttpStatusCode.NotFound);

        var dimensions = await Ok(await new HttpClient { BaseAddress = host.BaseAddress }.GetAsync("/api/public/rating-dimensions"));
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意"], dimensions.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Contains(dimensions.GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("name").GetString() == "办事效率");
        Assert.Contains("超时办理", dimensions.GetProperty("reasonTags").EnumerateArray().Select(t => t.GetString()));
    }
}
