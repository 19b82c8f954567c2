using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovFunctions.EndToEndTests;

[Collection(LocalHostCollection.Name)]
public sealed class CatalogEndToEndTests(LocalHostFixture host)
{
    private static readonly JsonArray Seed = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json")))!.AsArray();

    /// <summary>The first seed guide under a fresh code, as an administrator would send it.</summary>
    private static (string Code, JsonObject Item) NewItem()
    {
        var basicCode = $"XK{Random.Shared.Next(10_000_000, 99_999_999)}";
        var item = Seed[0]!.DeepClone().AsObject();
        item["basicCode"] = basicCode;
        item["code"] = $"{basicCode}-330300000000";
        item["name"] = "端到端测试事项 " + basicCode;
        return (item["code"]!.GetValue<string>(), item);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<HttpClient> Admin() => host.ClientFor("admin-e2e", ["admin"]);

    [Fact]
    public async Task The_public_lists_the_seeded_catalog_page_by_page()
    {
        var codes = new List<string>();
        string? token = null;
        do
        {
            var url = "/api/catalog/items?pageSize=7" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await host.Client.GetFromJsonAsync<JsonElement>(url);
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        var seeded = Seed.Select(i => i!["code"]!.GetValue<string>()).ToList();
        Assert.Superset(seeded.ToHashSet(), codes.ToHashSet());
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("region=350700", 7)]
    [InlineData("region=330000&type=%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF", 6)]
    [InlineData("department=330300-QXJ", 2)]
    [InlineData("onlineLevel=%E7%BD%91%E4%B8%8A%E5%92%A8%E8%AF%A2", 1)]
    [InlineData("keyword=%E9%9B%B7%E7%94%B5&region=330300", 1)]
    public async Task The_public_filters_the_catalog(string query, int expected)
    {
        var page = await host.Client.GetFromJsonAsync<JsonElement>("/api/catalog/items?pageSize=100&" + query);

        var seeded = Seed.Select(i => i!["code"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Count(i => seeded.Contains(i.GetProperty("code").GetString()!)));
    }

    [Fact]
    public async Task The_public_reads_an_item_by_code_and_by_version()
    {
        var current = await host.Client.GetFromJsonAsync<JsonElement>("/api/catalog/items/XK01001001-330300000000");
        Assert.Equal("雷电防护装置设计审核", current.GetProperty("name").GetString());
        Assert.Equal("1.2", current.GetProperty("version").GetString());
        Assert.Equal("published", current.GetProperty("status").GetString());
        Assert.Equal("clerk", current.GetProperty("reviewSteps")[0].GetProperty("platformRole").GetString());
        Assert.Equal(4, current.GetProperty("materials").GetArrayLength());

        var version = await host.Client.GetAsync("/api/catalog/items/XK01001001-330300000000/versions/1.2");
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.NotNull(version.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/catalog/items/XK99999999-330300000000")]
    [InlineData("/api/catalog/items/XK01001001-330300000000/versions/9.9")]
    [InlineData("/api/catalog/items/..%2F..%2Fetc")]
    [InlineData("/api/catalog/items/%27%20OR%201%3D1")]
    public async Task Unknown_items_are_404_problems(string url) =>
        await (await host.Client.GetAsync(url)).AssertProblem(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("region=999999", "region")]
    [InlineData("type=nonsense", "type")]
    [InlineData("continuationToken=forged", "continuationToken")]
    public async Task Bad_list_parameters_are_named(string query, string field) =>
        Assert.Equal([field], await (await host.Client.GetAsync("/api/catalog/items?" + query)).AssertValidationProblem());

    [Fact]
    public async Task An_administrator_drafts_revises_and_publishes_an_item()
    {
        var admin = await Admin();
        var (code, item) = NewItem();

        var created = await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/catalog/items/{code}/versions/1.0", created.Headers.Location?.OriginalString);
        await (await host.Client.GetAsync($"/api/catalog/items/{code}")).AssertProblem(HttpStatusCode.NotFound);
        await (await host.Client.GetAsync($"/api/catalog/items/{code}/versions/1.0")).AssertProblem(HttpStatusCode.NotFound);

        item["promisedLimitWorkingDays"] = 6;
        var saved = await admin.PutAsync($"/api/catalog/items/{code}/draft", Json(item.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var published = await admin.PostAsync($"/api/catalog/items/{code}/draft/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var current = await host.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{code}");
        Assert.Equal(("1.0", 6), (current.GetProperty("version").GetString(), current.GetProperty("promisedLimitWorkingDays").GetInt32()));

        item["name"] = "修订后的名称 " + code;
        var revision = await admin.PutAsync($"/api/catalog/items/{code}/draft", Json(item.ToJsonString()));
        Assert.Equal("1.1", (await revision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
        Assert.Equal("1.0", (await host.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{code}")).GetProperty("version").GetString());

        await admin.PostAsync($"/api/catalog/items/{code}/draft/publish", null);
        Assert.Equal("1.1", (await host.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{code}")).GetProperty("version").GetString());
        var old = await host.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{code}/versions/1.0");
        Assert.StartsWith("端到端测试事项", old.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_changes_nothing()
    {
        var admin = await Admin();
        var (code, item) = NewItem();
        var created = await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()));
        var firstETag = created.Headers.ETag!;
        item["name"] = "第一次修改";
        await admin.PutAsync($"/api/catalog/items/{code}/draft", Json(item.ToJsonString()));

        item["name"] = "迟到的修改";
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/catalog/items/{code}/draft") { Content = Json(item.ToJsonString()) };
        stale.Headers.IfMatch.Add(firstETag);
        await (await admin.SendAsync(stale)).AssertProblem(HttpStatusCode.PreconditionFailed);

        var draft = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{code}/versions/1.0");
        Assert.Equal("第一次修改", draft.GetProperty("name").GetString());
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { "{\"code\": ", "code" },
        { "[1,2,3]", "$" },
        { "not json at all", "$" },
        { "{\"statutoryLimitWorkingDays\": \"twenty\"}", "statutoryLimitWorkingDays" },
        { "{\"materials\": \"none\"}", "materials" },
        { "{\"fee\": {\"charged\": \"yes\"}}", "fee.charged" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Malformed_JSON_and_wrong_types_are_400_naming_the_field(string body, string field)
    {
        var admin = await Admin();

        var fields = await (await admin.PostAsync("/api/catalog/items", Json(body))).AssertValidationProblem();

        Assert.Contains(field, fields);
    }

    [Fact]
    public async Task Missing_fields_are_all_named_and_nothing_is_stored()
    {
        var admin = await Admin();
        var (code, item) = NewItem();
        item.Remove("name");
        item.Remove("reviewSteps");
        item.Remove("fee");

        var fields = await (await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()))).AssertValidationProblem();

        Assert.Equal(["fee", "name", "reviewSteps"], fields.Order());
        await (await admin.GetAsync($"/api/catalog/items/{code}/versions/1.0")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_1_MB_name_is_400_and_nothing_is_stored()
    {
        var admin = await Admin();
        var (code, item) = NewItem();
        item["name"] = new string('名', 1024 * 1024 / 3);

        Assert.Equal(["name"], await (await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()))).AssertValidationProblem());

        await (await admin.GetAsync($"/api/catalog/items/{code}/versions/1.0")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_a_non_JSON_body_415()
    {
        var admin = await Admin();
        var (_, item) = NewItem();
        item["notes"] = new JsonArray(Enumerable.Range(0, 5).Select(_ => (JsonNode)new string('x', 1024 * 1024)).ToArray());

        await (await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()))).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        await (await admin.PostAsync("/api/catalog/items", new StringContent(item.ToJsonString(), Encoding.UTF8, "text/plain")))
            .AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_existing_code_cannot_be_created_again()
    {
        var admin = await Admin();
        var item = Seed[0]!.DeepClone().AsObject();

        Assert.Equal(["code"], await (await admin.PostAsync("/api/catalog/items", Json(item.ToJsonString()))).AssertValidationProblem());

        var current = await host.Client.GetFromJsonAsync<JsonElement>("/api/catalog/items/XK01001001-330300000000");
        Assert.Equal("1.2", current.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Revising_an_unknown_item_is_404()
    {
        var admin = await Admin();
        var (code, item) = NewItem();

        await (await admin.PutAsync($"/api/catalog/items/{code}/draft", Json(item.ToJsonString()))).AssertProblem(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/catalog/items/{code}/draft/publish", null)).AssertProblem(HttpStatusCode.NotFound);
    }
}
