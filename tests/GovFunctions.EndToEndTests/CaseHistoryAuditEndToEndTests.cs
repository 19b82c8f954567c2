using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// The audit record of a case change is in the case's own write: each event carries the request it came from and links
/// the event before it; the request's audit record fixes the event; a history rewritten in the database is found.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class CaseHistoryAuditEndToEndTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Department = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private Container Cases => host.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.Cases);

    private async Task<JsonObject> StoredCase(string number) => (await Cases.ReadItemAsync<JsonObject>(number, new PartitionKey(number))).Resource;

    private async Task<JsonElement> Verify(string number) =>
        await Ok(await (await _api.Supervisor("330300")).GetAsync($"/api/cases/{number}/history/verification"));

    [Fact]
    public async Task A_clerks_acceptance_carries_its_request_in_the_case_and_the_request_record_fixes_it()
    {
        var applicant = await _api.Applicant(Unique("company"));
        var number = await _api.SubmitCase(applicant, Lightning);
        var clerk = await _api.Staff("clerk", Department, Unique("clerk"));
        await Ok(await Command(clerk, number, "acceptance"));

        var history = (await StoredCase(number))["history"]!.AsArray();
        var accepted = history[^1]!;
        Assert.Equal("accepted", accepted["type"]!.GetValue<string>());
        var origin = accepted["audit"]!["request"]!;
        Assert.Equal(["clerk"], origin["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(Department, origin["departmentCode"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(origin["clientAddress"]!.GetValue<string>()));

        // The AcceptCase record is the same request, and fixes the event it made by its place and hash.
        var records = (await Ok(await (await _api.Supervisor("330300")).GetAsync($"/api/audit-records?caseNumber={number}&pageSize=100"))).GetProperty("items").EnumerateArray().ToList();
        var acceptance = Assert.Single(records, r => r.GetProperty("entry").GetProperty("operation").GetString() == "AcceptCase").GetProperty("entry");
        Assert.Equal(origin["requestId"]!.GetValue<string>(), acceptance.GetProperty("requestId").GetString());
        var link = Assert.Single(acceptance.GetProperty("changes").EnumerateArray());
        Assert.Equal(number, link.GetProperty("caseNumber").GetString());
        Assert.Equal(history.Count, link.GetProperty("sequence").GetInt32());

        // The applicant is not shown where staff acted from.
        Assert.All((await Get(applicant, number)).GetProperty("history").EnumerateArray(), e => Assert.False(e.TryGetProperty("audit", out _)));

        var report = await Verify(number);
        Assert.True(report.GetProperty("intact").GetBoolean(), report.GetRawText());
        Assert.Equal(history.Count, report.GetProperty("events").GetInt32());
        Assert.Equal(history.Count, report.GetProperty("recordedEvents").GetInt32());
        Assert.Empty(report.GetProperty("unrecordedEvents").EnumerateArray());
    }

    /// <summary>On a host of its own: a rewritten history breaks the day's verification too, which must not spill into other tests' days.</summary>
    [Fact]
    public async Task A_history_rewritten_in_the_database_is_found_at_the_event_that_was_changed_by_the_case_and_by_the_day()
    {
        var app = await LocalHostFixture.StartAsync(LocalHostFixture.IsolatedSettings("rewritten", "2026-03-02T09:00:00+08:00"));
        try
        {
            var api = new ReviewApiClient(LocalHostFixture.AddressOf(app));
            var applicant = await api.Applicant(Unique("company"));
            var number = await api.SubmitCase(applicant, Lightning);
            await Ok(await Command(await api.Staff("clerk", Department, Unique("clerk")), number, "acceptance"));
            var supervisor = await api.Supervisor("330300");
            async Task<JsonElement> Case() => await Ok(await supervisor.GetAsync($"/api/cases/{number}/history/verification"));
            async Task<JsonElement> Day() => await Ok(await supervisor.GetAsync("/api/operations/audit-days/2026-03-02/verification"));
            var cases = app.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.Cases);
            async Task Rewrite(Action<JsonArray> change)
            {
                var stored = (await cases.ReadItemAsync<JsonObject>(number, new PartitionKey(number))).Resource;
                change(stored["history"]!.AsArray());
                await cases.ReplaceItemAsync(stored, number, new PartitionKey(number));
            }

            var day = await Day();
            Assert.True(day.GetProperty("intact").GetBoolean(), day.GetRawText());
            Assert.Equal(1, day.GetProperty("casesChecked").GetInt32());

            // Someone with write access to the database makes the acceptance another clerk's: nothing links to the last event, its audit record does.
            var events = 0;
            await Rewrite(history => { events = history.Count; history[^1]!["by"] = "clerk-330300-QXJ-someone-else"; });
            var report = await Case();
            Assert.False(report.GetProperty("intact").GetBoolean());
            Assert.Equal($"case:{number}", report.GetProperty("firstBreak").GetProperty("chain").GetString());
            Assert.Equal(events, report.GetProperty("firstBreak").GetProperty("sequence").GetInt32());
            Assert.Contains("changed or replaced after it was recorded", report.GetProperty("firstBreak").GetProperty("problem").GetString(), StringComparison.Ordinal);
            day = await Day();
            Assert.False(day.GetProperty("intact").GetBoolean());
            Assert.Equal($"case:{number}", day.GetProperty("firstBreak").GetProperty("chain").GetString());

            // An earlier event changed breaks the link of the one after it, found first.
            var formAt = 0;
            await Rewrite(history =>
            {
                formAt = history.Select((e, i) => (e, i)).First(p => p.e!["type"]!.GetValue<string>() == "formUpdated").i;
                history[formAt]!["form"]!["matter"] = "改过的申请事项";
            });
            Assert.Equal(formAt + 2, (await Case()).GetProperty("firstBreak").GetProperty("sequence").GetInt32());

            // Only admins and supervisors of the case's regions verify; another region's supervisor is told there is no such case.
            await AssertRefused(await (await api.Staff("clerk", Department)).GetAsync($"/api/cases/{number}/history/verification"), HttpStatusCode.Forbidden);
            await AssertRefused(await applicant.GetAsync($"/api/cases/{number}/history/verification"), HttpStatusCode.Forbidden);
            await AssertRefused(await (await api.Supervisor("350700")).GetAsync($"/api/cases/{number}/history/verification"), HttpStatusCode.NotFound);
            await AssertRefused(await supervisor.GetAsync("/api/cases/330300-20270101-999999/history/verification"), HttpStatusCode.NotFound);
        }
        finally
        {
            await LocalHostFixture.StopAndDeleteAsync(app);
        }
    }

    [Fact]
    public async Task A_change_whose_request_record_was_never_written_still_says_who_made_it_and_from_where()
    {
        var subject = Unique("company");
        var applicant = await _api.Applicant(subject);
        var number = await _api.SubmitCase(applicant, Lightning);

        // The request's record is written after the case; here the host stops between the two (the scope is never recorded).
        AuditScope.Begin(() => new RequestOrigin(["applicant"], null, "00-lost-request-01", "198.51.100.23"));
        var changes = host.Services.GetRequiredService<CaseChanges>();
        var withdrawn = await changes.ApplyAsync(number,
            (record, _, now) => CaseDecisions.Withdraw(record.State, new Caller(subject, new HashSet<PlatformRole> { PlatformRole.Applicant }), "不再需要", now), CancellationToken.None);

        var report = await Verify(number);
        Assert.True(report.GetProperty("intact").GetBoolean(), report.GetRawText());
        Assert.Equal([withdrawn.History.Count], report.GetProperty("unrecordedEvents").EnumerateArray().Select(e => e.GetInt32()));
        var origin = (await StoredCase(number))["history"]!.AsArray()[^1]!["audit"]!["request"]!;
        Assert.Equal("00-lost-request-01", origin["requestId"]!.GetValue<string>());
        Assert.Equal("198.51.100.23", origin["clientAddress"]!.GetValue<string>());
    }
}
