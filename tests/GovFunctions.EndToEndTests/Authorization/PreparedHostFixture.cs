using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.EndToEndTests.Contract;
using Microsoft.AspNetCore.Builder;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests.Authorization;

/// <summary>One operation of the committed contract.</summary>
public sealed record ContractOperation(string Name, string Method, string Path, bool HasBody);

/// <summary>
/// A LocalHost of its own with thirteen kinds of caller and prepared resources: the owner's permit case at 审查 (the
/// reviewer's step) and a second one approved with its certificate and rated poorly, and the value every path parameter takes. The
/// authorisation matrix and the hostile-input suite run on it.
/// </summary>
public sealed class PreparedHostFixture : IAsyncLifetime
{
    public const string Permit = "XK02003001-350700000000";
    public const string Environment = "350700-STHJJ";
    public const string OtherDepartment = "330300-QXJ";
    public const string Issuer = "113507000041576378";

    public static readonly string[] Callers =
    [
        "anonymous", "owner", "otherApplicant", "clerk", "reviewer", "approver", "otherClerk", "otherReviewer", "otherApprover",
        "supervisor", "otherSupervisor", "admin", "verifier",
    ];

    private WebApplication _app = null!;

    public Dictionary<string, HttpClient> Clients { get; private set; } = null!;

    public Dictionary<string, string> Resources { get; private set; } = null!;

    public HttpClient Owner => Clients["owner"];

    public async Task InitializeAsync()
    {
        _app = await LocalHostFixture.StartAsync(LocalHostFixture.IsolatedSettings("prepared", "2026-03-02T09:00:00+08:00"));
        var address = LocalHostFixture.AddressOf(_app);
        Clients = await ClientsAsync(address);
        Resources = await PrepareAsync(address, Clients);
    }

    public async Task DisposeAsync()
    {
        await LocalHostFixture.StopAndDeleteAsync(_app);
    }

    private static async Task<Dictionary<string, HttpClient>> ClientsAsync(Uri address) => new()
    {
        ["anonymous"] = new HttpClient { BaseAddress = address },
        ["owner"] = await Token(address, "company-owner", ["applicant"]),
        ["otherApplicant"] = await Token(address, "company-other", ["applicant"]),
        ["clerk"] = await Token(address, "clerk-1", ["clerk"], Environment, "350700"),
        ["reviewer"] = await Token(address, "reviewer-1", ["reviewer"], Environment, "350700"),
        ["approver"] = await Token(address, "approver-1", ["approver"], Environment, "350700"),
        ["otherClerk"] = await Token(address, "clerk-9", ["clerk"], OtherDepartment, "330300"),
        ["otherReviewer"] = await Token(address, "reviewer-9", ["reviewer"], OtherDepartment, "330300"),
        ["otherApprover"] = await Token(address, "approver-9", ["approver"], OtherDepartment, "330300"),
        ["supervisor"] = await Token(address, "supervisor-1", ["supervisor"], regionCode: "350700"),
        ["otherSupervisor"] = await Token(address, "supervisor-9", ["supervisor"], regionCode: "330300"),
        ["admin"] = await Token(address, "admin-1", ["admin"]),
        ["verifier"] = await Token(address, "bank-1", ["verifier"], creditCode: "91350100M000100Y43"),
    };

    /// <summary>Plain clients (no contract check: a refusal the matrix expects is what is being measured) with a development token.</summary>
    private static async Task<HttpClient> Token(Uri address, string subject, string[] roles, string? departmentCode = null, string? regionCode = null, string? creditCode = null)
    {
        using var anonymous = new HttpClient { BaseAddress = address };
        var answer = await anonymous.PostAsJsonAsync("/api/dev/tokens", new { subject, roles, departmentCode, regionCode, creditCode });
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// The owner's permit case at 审查 (the reviewer's step) with a 督办单, left there until it is carded, and a second one approved
    /// with its certificate and rated poorly by its owner (its rectification open); the values every path parameter takes.
    /// </summary>
    private static async Task<Dictionary<string, string>> PrepareAsync(Uri address, Dictionary<string, HttpClient> clients)
    {
        var api = new ReviewApiClient(address);
        var owner = await LocalHostFixture.ClientFor(address, "company-owner", ["applicant"]);
        var clerk = await api.Staff("clerk", Environment);
        var number = await api.SubmitCase(owner, Permit);
        await Ok(await Command(clerk, number, "acceptance"));

        var certified = await api.SubmitCase(owner, Permit);
        await Ok(await Command(clerk, certified, "acceptance"));
        await Ok(await Command(await api.Staff("reviewer", Environment), certified, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await Ok(await Command(await api.Staff("approver", Environment), certified, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await Ok(await Command(await api.Staff("approver", Environment, "head"), certified, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《排污许可管理条例》第十三条" }, reasons = "符合条件", resultDocument = "南环许〔2026〕1号",
        }));
        var state = (await Get(owner, certified)).GetProperty("case");
        var identifier = state.GetProperty("certificates")[0].GetProperty("identifier").GetString()!;
        var version = (await Ok(await clients["anonymous"].GetAsync($"/api/catalog/items/{Permit}"))).GetProperty("version").GetString()!;

        await Ok(await Command(clients["supervisor"], number, "notices", new { reason = "群众反映办理缓慢", requirement = "说明进度并限期办结", responseWorkingDays = 3 }));
        await Ok(await owner.PostAsJsonAsync($"/api/cases/{certified}/rating", new { level = "dissatisfied", comment = "等待时间过长" }));
        // Declined, so every complaint command meets a settled complaint whatever ran before: the roles are what differ.
        var complaint = (await Ok(await owner.PostAsJsonAsync("/api/complaints", new { about = "case", caseNumber = number, text = "受理缓慢" }))).GetProperty("number").GetString()!;
        await Ok(await clients["supervisor"].PostAsJsonAsync($"/api/complaints/{complaint}/refusal", new { text = "已另行答复" }));
        var disclosure = (await Ok(await owner.PostAsJsonAsync("/api/disclosure-requests", new
        {
            itemCode = "GG05001000-350700000000", requester = new { kind = "organisation", name = "南平某环保科技有限公司", identityNumber = "91350100M000100Y43", phone = "13900139000" },
            description = "排污许可证核发的审查记录", forms = new[] { "electronic" },
        }))).GetProperty("number").GetString()!;
        var file = (await Ok(await clients["supervisor"].PostAsJsonAsync("/api/supervision/department-notices",
            new { departmentCode = Environment, reason = "超期件增多", requirement = "报送整改方案", responseWorkingDays = 20 }))).GetProperty("number").GetString()!;

        // Two weeks on, the case at 审查 has run late: its cards (黄牌, 红牌) are raised against the environment bureau.
        await Ok(await clients["anonymous"].PostAsJsonAsync("/api/dev/clock", new { advanceBy = "P14D" }));
        for (var polls = 0; (await Ok(await clients["anonymous"].GetAsync("/api/dev/clock"))).GetProperty("alarmsRunning").GetBoolean() && polls < 600; polls++)
        {
            await Task.Delay(100);
        }

        return new Dictionary<string, string>
        {
            ["caseNumber"] = number,
            ["ratedCase"] = certified,
            ["queryCode"] = (await Get(owner, number)).GetProperty("case").GetProperty("queryCode").GetString()!,
            ["identifier"] = identifier,
            ["code"] = Permit,
            ["version"] = version,
            ["slotId"] = "M01",
            ["uploadId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
            ["year"] = "2026",
            ["provinceCode"] = "350000",
            ["messageId"] = "no-such-message",
            ["issuerCode"] = Issuer,
            ["day"] = "2026-02-27",
            ["card"] = "1",
            ["notice"] = "1",
            ["number"] = file,
            ["complaint"] = complaint,
            ["disclosure"] = disclosure,
            ["documentId"] = "document-1",
        };
    }

    public static IReadOnlyList<ContractOperation> Operations()
    {
        var contract = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/openapi.json")))!;
        return [.. contract["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject()
                .Where(m => m.Key is "get" or "post" or "put" or "delete")
                .Select(m => new ContractOperation((string)m.Value!["operationId"]!, m.Key.ToUpperInvariant(), p.Key, m.Value!["requestBody"] is not null)))
            .OrderBy(o => o.Name, StringComparer.Ordinal)];
    }

    public string Fill(string path)
    {
        // The rectification of a poor rating is on the approved case, which its owner rated.
        if (path.Contains("/rating/", StringComparison.Ordinal))
        {
            path = path.Replace("{caseNumber}", Uri.EscapeDataString(Resources["ratedCase"]), StringComparison.Ordinal);
        }

        // A complaint's {number} is the prepared complaint's, a disclosure request's the prepared request's; a supervision file's, the prepared file's.
        if (path.StartsWith("/api/complaints/", StringComparison.Ordinal))
        {
            path = path.Replace("{number}", Uri.EscapeDataString(Resources["complaint"]), StringComparison.Ordinal);
        }

        if (path.StartsWith("/api/disclosure-requests/", StringComparison.Ordinal))
        {
            path = path.Replace("{number}", Uri.EscapeDataString(Resources["disclosure"]), StringComparison.Ordinal);
        }

        foreach (var (name, value) in Resources)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        // Operations whose resource is named in the query: the status query by its code, the audit records by the case,
        // the published results, the public statistics, ratings and complaints, and the supervision lists and statistics by the department.
        return path.EndsWith("/status", StringComparison.Ordinal) ? $"{path}?queryCode={Resources["queryCode"]}"
            : path.EndsWith("/audit-records", StringComparison.Ordinal) ? $"{path}?caseNumber={Resources["caseNumber"]}"
            : path.EndsWith("/disclosure-report", StringComparison.Ordinal) ? $"{path}?departmentCode={Environment}&year={Resources["year"]}"
            : path.EndsWith("/public/results", StringComparison.Ordinal) || path.EndsWith("/public/statistics", StringComparison.Ordinal) || path.EndsWith("/public/ratings", StringComparison.Ordinal)
                || path.EndsWith("/public/complaints", StringComparison.Ordinal)
                || path.StartsWith("/api/supervision/", StringComparison.Ordinal) ? $"{path}?departmentCode={Environment}"
            : path;
    }

    /// <summary>A body that is well-formed but asks for nothing (so an allowed caller meets the rules, not a change).</summary>
    public static HttpRequestMessage Request(string method, string path, bool hasBody, string operation)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (operation is "UploadMaterial" or "UploadDisclosureDocument")
        {
            request.Content = new ByteArrayContent(Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        }
        else if (operation == "FindCasesByIdentity")
        {
            // A search asks for nothing to change: the prepared cases' own applicant's number, so callers who may see them do.
            request.Content = new StringContent("""{"identityNumber":"91350100M000100Y43"}""", Encoding.UTF8, "application/json");
        }
        else if (hasBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

}

[CollectionDefinition(Name)]
public sealed class PreparedHostCollection : ICollectionFixture<PreparedHostFixture>
{
    public const string Name = "PreparedHost";
}
