using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>审计 over HTTP: what is recorded, who sees which records, and a record changed in the database found by verification.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AuditTrailEndToEndTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Department = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<List<JsonElement>> Records(HttpClient client, string query)
    {
        var answer = await client.GetAsync($"/api/audit-records?{query}&pageSize=100");
        Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
        return [.. (await Ok(answer)).GetProperty("items").EnumerateArray()];
    }

    private static string Operation(JsonElement record) => record.GetProperty("entry").GetProperty("operation").GetString()!;

    private static string Subject(JsonElement record) => record.GetProperty("entry").GetProperty("subject").GetString()!;

    [Fact]
    public async Task A_staff_read_and_a_refusal_are_recorded_and_each_caller_sees_only_what_they_may()
    {
        var owner = Unique("company");
        var applicant = await _api.Applicant(owner);
        var number = await SubmitCase(applicant);
        var person = Unique("clerk");
        var clerk = await _api.Staff("clerk", Department, person);
        var clerkSubject = $"clerk-{Department}-{person}";

        await Ok(await clerk.GetAsync($"/api/cases/{number}"));
        var refusal = await Command(clerk, number, "decision", new { outcome = "approved", legalBasis = new[] { "x" }, reasons = "x", resultDocument = "x" });
        var refusalStatus = (int)refusal.StatusCode;
        Assert.InRange(refusalStatus, 400, 499);
        var traceId = (await refusal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("traceId").GetString();

        // The supervisor of the case's region sees everything filed under the case, the refusal with its status and request id.
        var supervised = await Records(await _api.Supervisor("330300"), $"caseNumber={number}");
        Assert.Equal(["CreateCase", "UpdateCaseForm", "SubmitCase"], supervised.Where(r => Subject(r) == owner).Select(Operation).Where(o => o != "UploadMaterial"));
        var read = Assert.Single(supervised, r => Subject(r) == clerkSubject && Operation(r) == "GetCase");
        Assert.Equal("allowed", read.GetProperty("entry").GetProperty("outcome").GetString());
        Assert.Equal($"/api/cases/{number}", read.GetProperty("entry").GetProperty("resource").GetString());
        Assert.Equal(["clerk"], read.GetProperty("entry").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Department, read.GetProperty("entry").GetProperty("departmentCode").GetString());
        Assert.False(string.IsNullOrEmpty(read.GetProperty("entry").GetProperty("clientAddress").GetString()));
        var refused = Assert.Single(supervised, r => Operation(r) == "DecideCase");
        Assert.Equal(refusalStatus, refused.GetProperty("entry").GetProperty("status").GetInt32());
        Assert.Equal("refused", refused.GetProperty("entry").GetProperty("outcome").GetString());
        Assert.Equal(traceId, refused.GetProperty("entry").GetProperty("requestId").GetString());

        // Its applicant sees who acted on and read the case, without their addresses, and not the refused attempt.
        var own = await Records(applicant, $"caseNumber={number}");
        var seen = Assert.Single(own, r => Subject(r) == clerkSubject);
        Assert.Equal("GetCase", Operation(seen));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("entry").GetProperty("clientAddress").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("entry").GetProperty("requestId").ValueKind);
        // The applicant's own reads of their case are not recorded; their changes are.
        Assert.DoesNotContain(own, r => Subject(r) == owner && Operation(r) == "GetCase");

        // A stranger learns nothing; another region's supervisor neither.
        await AssertRefused(await (await _api.Applicant(Unique("company"))).GetAsync($"/api/audit-records?caseNumber={number}"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Supervisor("350700")).GetAsync($"/api/audit-records?caseNumber={number}"), HttpStatusCode.NotFound);

        // An admin looks up what the clerk did; the clerk may look at their own; an applicant may not look at the clerk.
        var adminSubject = Unique("admin");
        var admin = await host.ClientFor(adminSubject, ["admin"]);
        Assert.Equal(["GetCase", "DecideCase"], (await Records(admin, $"subject={clerkSubject}")).Select(Operation));
        var firstPage = await Ok(await admin.GetAsync($"/api/audit-records?subject={clerkSubject}&pageSize=1"));
        var secondPage = await Ok(await admin.GetAsync($"/api/audit-records?subject={clerkSubject}&pageSize=1&continuationToken={firstPage.GetProperty("continuationToken").GetString()}"));
        Assert.Equal(["GetCase", "DecideCase"], new[] { firstPage, secondPage }.Select(p => Operation(p.GetProperty("items")[0])));
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("continuationToken").ValueKind);
        Assert.Equal(2, (await Records(clerk, $"subject={clerkSubject}")).Count);
        Assert.Equal("ListAuditRecords", Operation((await Records(admin, $"subject={clerkSubject}"))[^1]));
        await AssertRefused(await applicant.GetAsync($"/api/audit-records?subject={clerkSubject}"), HttpStatusCode.Forbidden);
        await AssertRefused(await admin.GetAsync($"/api/audit-records?subject={clerkSubject}&caseNumber={number}"), HttpStatusCode.BadRequest);
        await AssertRefused(await admin.GetAsync($"/api/audit-records?subject={clerkSubject}&from=2027-02-30"), HttpStatusCode.BadRequest);

        // Looking at the trail is itself recorded.
        Assert.Contains(await Records(admin, $"subject={adminSubject}"), r => Operation(r) == "ListAuditRecords");
    }

    [Fact]
    public async Task A_record_changed_in_the_database_is_reported_by_VerifyAuditTrail_as_the_first_broken_link()
    {
        var applicant = await _api.Applicant(Unique("company"));
        var number = await SubmitCase(applicant);
        var person = Unique("clerk");
        var clerk = await _api.Staff("clerk", Department, person);
        await Ok(await clerk.GetAsync($"/api/cases/{number}"));
        await Ok(await clerk.GetAsync($"/api/cases/{number}"));
        var admin = await host.ClientFor(Unique("admin"), ["admin"]);
        var second = (await Records(admin, $"subject=clerk-{Department}-{person}"))[1];
        var chain = second.GetProperty("chain").GetString()!;
        var day = chain[(chain.LastIndexOf('@') + 1)..chain.LastIndexOf('~')];
        var writer = chain[(chain.LastIndexOf('~') + 1)..];
        var supervisor = await _api.Supervisor("330300");

        var before = await Ok(await supervisor.GetAsync($"/api/operations/audit-days/{day}/verification"));
        Assert.True(before.GetProperty("intact").GetBoolean(), before.GetRawText());
        Assert.True(before.GetProperty("records").GetInt64() >= 2);
        await AssertRefused(await supervisor.GetAsync($"/api/operations/audit-days/{day}/anchor"), HttpStatusCode.Conflict);

        // Someone with write access to the database makes the second read look like the clerk's list.
        var container = host.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.Audit);
        var partition = new PartitionKey(chain[..chain.LastIndexOf('@')]);
        var id = $"{day}.{writer}.{second.GetProperty("sequence").GetInt64().ToString("D10", CultureInfo.InvariantCulture)}";
        var stored = (await container.ReadItemAsync<JsonObject>(id, partition)).Resource;
        stored["record"]!["entry"]!["operation"] = "ListWorkItems";
        await container.ReplaceItemAsync(stored, id, partition);

        var after = await Ok(await supervisor.GetAsync($"/api/operations/audit-days/{day}/verification"));
        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(chain, after.GetProperty("firstBreak").GetProperty("chain").GetString());
        Assert.Equal(second.GetProperty("sequence").GetInt64(), after.GetProperty("firstBreak").GetProperty("sequence").GetInt64());

        await AssertRefused(await clerk.GetAsync($"/api/operations/audit-days/{day}/verification"), HttpStatusCode.Forbidden);
        await AssertRefused(await supervisor.GetAsync("/api/operations/audit-days/2027-13-45/verification"), HttpStatusCode.BadRequest);
    }

    private Task<string> SubmitCase(HttpClient applicant) => _api.SubmitCase(applicant, Lightning);
}
