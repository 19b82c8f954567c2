using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

/// <summary>The limits the document declares are the ones the API enforces: one over is a 400 naming the field, and nothing changes.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class InputLimitsEndToEndTests(LocalHostFixture host)
{
    private const string ItemCode = "XK01001001-330300000000";

    private async Task<(HttpClient Applicant, string Number)> Draft()
    {
        var applicant = await host.ClientFor("limits-" + Guid.NewGuid().ToString("N")[..6], ["applicant"]);
        var created = await applicant.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode });
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("number").GetString()!;
        return (applicant, number);
    }

    private static async Task<int> Version(HttpClient applicant, string number) =>
        (await applicant.GetFromJsonAsync<JsonElement>($"/api/cases/{number}")).GetProperty("case").GetProperty("version").GetInt32();

    [Fact]
    public async Task A_form_field_one_character_over_its_declared_length_is_refused_and_the_draft_is_unchanged()
    {
        var (applicant, number) = await Draft();
        var before = await Version(applicant, number);
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var declared = document.GetProperty("components").GetProperty("schemas").GetProperty("ApplicationForm")
            .GetProperty("properties").GetProperty("identityNumber").GetProperty("maxLength").GetInt32();

        var response = await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new { identityNumber = new string('1', declared + 1) });

        Assert.Equal(["identityNumber"], await response.AssertValidationProblem());
        Assert.Equal(before, await Version(applicant, number));
        (await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new { identityNumber = new string('1', declared) })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_idempotency_key_or_if_match_over_its_declared_length_is_refused()
    {
        var (applicant, number) = await Draft();
        using var submission = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/submission");
        submission.Headers.Add("Idempotency-Key", new string('k', 101));
        Assert.Equal(["Idempotency-Key"], await (await applicant.SendAsync(submission)).AssertValidationProblem());

        using var withdrawal = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/withdrawal") { Content = JsonContent.Create(new { reason = "不再需要" }) };
        withdrawal.Headers.TryAddWithoutValidation("If-Match", "\"" + new string('9', 80) + "\"");
        Assert.Equal(["If-Match"], await (await applicant.SendAsync(withdrawal)).AssertValidationProblem());
        Assert.Equal("draft", (await applicant.GetFromJsonAsync<JsonElement>($"/api/cases/{number}")).GetProperty("case").GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("keyword=%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7%E9%9B%B7", "keyword")]
    [InlineData("onlineLevel=%E5%85%A8%E7%A8%8B", "onlineLevel")]
    public async Task A_query_parameter_outside_its_declared_bounds_is_refused(string query, string field) =>
        Assert.Equal([field], await (await host.Client.GetAsync("/api/catalog/items?" + query)).AssertValidationProblem());

    [Fact]
    public async Task A_work_list_role_not_in_the_declared_values_is_refused()
    {
        var clerk = await host.ClientFor("clerk-limits", ["clerk"], "330300-QXJ", "330300");
        Assert.Equal(["role"], await (await clerk.GetAsync("/api/work-items?role=admin")).AssertValidationProblem());
    }
}
