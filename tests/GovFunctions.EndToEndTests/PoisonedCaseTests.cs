using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Milestones;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>A case document that does not read, present when LocalHost starts: LocalHost starts, serves, drains the others and reports it.</summary>
public sealed class PoisonedCaseTests
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Poisoned = "20261130100000-330300-XK01001001-P0SN";

    [Fact]
    public async Task A_poisoned_case_at_start_up_stops_nothing_and_is_reported()
    {
        var settings = LocalHostFixture.IsolatedSettings("poison", "2026-11-30T09:00:00+08:00");
        var first = await LocalHostFixture.StartAsync(settings);
        WebApplication? second = null;
        try
        {
            var api = new ReviewApiClient(LocalHostFixture.AddressOf(first));
            var applicant = await api.Applicant("company-poison");
            var healthy = await api.SubmitCase(applicant, Lightning);
            await first.StopAsync();

            // Written straight to the emulator while LocalHost is down: a case whose history is not a list of events,
            // with the note that it owes work.
            var cases = first.Services.GetRequiredService<CosmosClient>().GetDatabase(settings["Cosmos:DatabaseName"]).GetContainer(CosmosContainers.Cases);
            await cases.UpsertItemAsync(new { id = Poisoned, partitionKey = Poisoned, state = new { number = Poisoned }, history = "corrupted" }, new PartitionKey(Poisoned));
            await cases.UpsertItemAsync(new { id = Poisoned, partitionKey = "outbox-pending", provinceCode = "330000", pendingMessages = 1, oldestMessageAt = DateTimeOffset.UtcNow },
                new PartitionKey("outbox-pending"));
            await first.DisposeAsync();

            second = await LocalHostFixture.StartAsync(settings);
            var address = LocalHostFixture.AddressOf(second);
            using var anonymous = LocalHostFixture.ApiClient(address);
            await Ok(await anonymous.GetAsync("/api/health"));

            // Serves, and the other cases flow: a new one reaches the window's list.
            var restarted = new ReviewApiClient(address);
            var another = await restarted.SubmitCase(await restarted.Applicant("company-poison"), Lightning);
            var clerk = await restarted.Staff("clerk", "330300-QXJ");
            await EventuallyInWorkList(clerk, another, present: true);
            await EventuallyInWorkList(clerk, healthy, present: true);

            // The operator sees the poisoned case with its error.
            var admin = await LocalHostFixture.ClientFor(address, "admin-1", ["admin"]);
            var failing = await EventuallyFailing(admin);
            Assert.Equal(Poisoned, failing.GetProperty("caseNumber").GetString());
            Assert.True(failing.GetProperty("failures").GetInt32() >= 1);
            Assert.Contains("Exception", failing.GetProperty("lastError").GetString());
            Assert.True(failing.GetProperty("retryAt").GetDateTimeOffset() > new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        }
        finally
        {
            if (second is not null)
            {
                await LocalHostFixture.StopAndDeleteAsync(second);
            }
        }
    }

    private static async Task<JsonElement> EventuallyFailing(HttpClient admin)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var backlog = await Ok(await admin.GetAsync("/api/operations/outbox-backlog"));
            var failing = backlog.GetProperty("failingCases").EnumerateArray().ToList();
            if (failing.Count > 0)
            {
                return Assert.Single(failing);
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The poisoned case was not reported in the backlog.");
    }
}
