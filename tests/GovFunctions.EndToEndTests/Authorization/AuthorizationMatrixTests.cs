using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.EndToEndTests.Contract;
using Microsoft.AspNetCore.Builder;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests.Authorization;

/// <summary>
/// Every operation of the contract, called over HTTP by every kind of caller, against prepared cases: the answers
/// must be exactly those of <c>authorization-matrix.csv</c> (a new operation without its row fails), no caller outside
/// an operation's roles gets a 2xx, and nobody learns of a case or certificate that is not theirs from a 403.
/// Run with <c>UPDATE_AUTH_MATRIX=1</c> to rewrite the file from what LocalHost answers; review the diff like code.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string MatrixPath = "tests/GovFunctions.EndToEndTests/Authorization/authorization-matrix.csv";
    private const string Permit = "XK02003001-350700000000";
    private const string Environment = "350700-STHJJ";
    private const string OtherDepartment = "330300-QXJ";
    private const string Issuer = "113507000041576378";

    private static readonly string[] Callers =
    [
        "anonymous", "owner", "otherApplicant", "clerk", "reviewer", "approver", "otherClerk", "otherReviewer", "otherApprover",
        "supervisor", "otherSupervisor", "admin", "verifier",
    ];

    [Fact]
    public async Task Every_operation_answers_every_kind_of_caller_as_the_matrix_says()
    {
        var settings = LocalHostFixture.IsolatedSettings("matrix", "2026-03-02T09:00:00+08:00");
        var app = await LocalHostFixture.StartAsync(settings);
        try
        {
            var address = LocalHostFixture.AddressOf(app);
            var clients = await ClientsAsync(address);
            var resources = await PrepareAsync(address, clients);
            var operations = Operations();
            var actual = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (name, method, path, hasBody) in operations)
            {
                var row = new string[Callers.Length];
                for (var i = 0; i < Callers.Length; i++)
                {
                    using var request = Request(method, Fill(path, resources), hasBody, name);
                    row[i] = ((int)(await clients[Callers[i]].SendAsync(request)).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                actual[name] = row;
            }

            var text = Render(actual);
            var file = RepositoryFiles.PathOf(MatrixPath);
            if (System.Environment.GetEnvironmentVariable("UPDATE_AUTH_MATRIX") == "1")
            {
                await File.WriteAllTextAsync(file, text);
            }

            Assert.Equal(await File.ReadAllTextAsync(file), text);
            AssertNoneBeyondItsRoles(actual, operations);
        }
        finally
        {
            await LocalHostFixture.DeleteStorageAsync(app);
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// What holds whatever the file says: a 2xx only for a caller the contract names for the operation (its "Callers:"
    /// sentence: anyone, or the roles); never a 2xx for a stranger to the case.
    /// </summary>
    private static void AssertNoneBeyondItsRoles(SortedDictionary<string, string[]> actual, IReadOnlyList<(string Name, string Method, string Path, bool HasBody)> operations)
    {
        var contract = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/openapi.json")))!;
        foreach (var (name, method, path, _) in operations)
        {
            var description = (string?)contract["paths"]![path]![method.ToLowerInvariant()]!["description"] ?? "";
            var callers = description[(description.LastIndexOf("Callers:", StringComparison.Ordinal) + 1)..];
            var anyone = callers.Contains("anyone", StringComparison.Ordinal);
            for (var i = 0; i < Callers.Length; i++)
            {
                if (!actual[name][i].StartsWith('2'))
                {
                    continue;
                }

                Assert.True(anyone || callers.Contains(RoleOf(Callers[i]), StringComparison.Ordinal), $"{name} answered {actual[name][i]} to {Callers[i]}, whom the contract does not name");
                Assert.False(path.Contains("{caseNumber}", StringComparison.Ordinal) && !path.Contains("/public/", StringComparison.Ordinal) && Callers[i].StartsWith("other", StringComparison.Ordinal),
                    $"{name} answered {actual[name][i]} to {Callers[i]}, a stranger to the case");
            }
        }
    }

    private static string RoleOf(string caller) => caller switch
    {
        "owner" or "otherApplicant" => "applicant",
        _ when caller.StartsWith("other", StringComparison.Ordinal) => caller["other".Length..].ToLowerInvariant(),
        _ => caller,
    };

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
    /// The owner's permit case at 审查 (the reviewer's step) and a second one approved with its certificate; the values
    /// every path parameter takes.
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
        return new Dictionary<string, string>
        {
            ["caseNumber"] = number,
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
        };
    }

    private static IReadOnlyList<(string Name, string Method, string Path, bool HasBody)> Operations()
    {
        var contract = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/openapi.json")))!;
        return [.. contract["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject()
                .Where(m => m.Key is "get" or "post" or "put" or "delete")
                .Select(m => ((string)m.Value!["operationId"]!, m.Key.ToUpperInvariant(), p.Key, m.Value!["requestBody"] is not null)))
            .OrderBy(o => o.Item1, StringComparer.Ordinal)];
    }

    private static string Fill(string path, Dictionary<string, string> resources)
    {
        foreach (var (name, value) in resources)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path.EndsWith("/status", StringComparison.Ordinal) ? $"{path}?queryCode={resources["queryCode"]}" : path;
    }

    /// <summary>A body that is well-formed but asks for nothing (so an allowed caller meets the rules, not a change).</summary>
    private static HttpRequestMessage Request(string method, string path, bool hasBody, string operation)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (operation == "UploadMaterial")
        {
            request.Content = new ByteArrayContent(Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        }
        else if (hasBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static string Render(SortedDictionary<string, string[]> matrix)
    {
        var text = new StringBuilder("operation,").AppendJoin(',', Callers).Append('\n');
        foreach (var (operation, row) in matrix)
        {
            text.Append(operation).Append(',').AppendJoin(',', row).Append('\n');
        }

        return text.ToString();
    }
}
