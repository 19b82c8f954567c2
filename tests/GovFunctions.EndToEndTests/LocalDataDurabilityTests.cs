using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>Local data outlives the Cosmos DB emulator: cases in several stages, the emulator killed and started again.</summary>
public sealed class LocalDataDurabilityTests
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Wenzhou = "330300-QXJ";

    [Fact]
    public async Task Cases_views_alarms_and_owed_milestones_survive_an_emulator_crash_and_a_stop()
    {
        await using var emulator = new CosmosEmulatorProcess(Path.Combine(Path.GetTempPath(), "govfunctions-cosmos-" + Guid.NewGuid().ToString("N")[..8]),
            CosmosEmulatorProcess.FreePort());
        await emulator.StartAsync();
        var settings = LocalHostFixture.IsolatedSettings("durable", "2026-03-02T09:00:00+08:00");
        settings["Cosmos:Endpoint"] = emulator.Endpoint;
        var prefix = settings["ProvinceQueues:QueuePrefix"]!;
        var host = await LocalHostFixture.StartAsync(settings);
        try
        {
            var api = new ReviewApiClient(LocalHostFixture.AddressOf(host));
            var applicant = await api.Applicant("company-durable");
            var clerk = await api.Staff("clerk", Wenzhou);
            var reviewer = await api.Staff("reviewer", Wenzhou);
            var draft = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = Lightning }))).GetProperty("case").GetProperty("number").GetString()!;
            var submitted = await api.SubmitCase(applicant, Lightning);
            var accepted = await api.SubmitCase(applicant, Lightning);
            await Ok(await Command(clerk, accepted, "acceptance"));
            await EventuallyInWorkList(reviewer, accepted, present: true);
            await EventuallyInWorkList(clerk, submitted, present: true);
            // The province is down: what the next case owes it stays in its outbox.
            var queues = new QueueServiceClient("UseDevelopmentStorage=true");
            await queues.DeleteQueueAsync(prefix + "330000");
            var owing = await api.SubmitCase(applicant, Lightning);
            var admin = await LocalHostFixture.ClientFor(LocalHostFixture.AddressOf(host), "admin-1", ["admin"]);
            await EventuallyOwed(admin, owing);
            var before = await Snapshot(applicant, [draft, submitted, accepted, owing]);
            // Each open case's next alarm is in Table storage once its outbox has been drained.
            var alarms = host.Services.GetRequiredService<TableClient>();
            var alarmed = await EventuallyAlarmed(alarms, [submitted, accepted, owing]);

            // A crash, after the snapshot window: nothing lost. Then a stop right after a change: nothing lost either.
            await Task.Delay(TimeSpan.FromSeconds(1));
            await emulator.KillAsync();
            await host.StopAsync();
            await host.DisposeAsync();
            await emulator.StartAsync();
            host = await LocalHostFixture.StartAsync(settings);
            api = new ReviewApiClient(LocalHostFixture.AddressOf(host));
            applicant = await api.Applicant("company-durable");
            Assert.Equal(before, await Snapshot(applicant, [draft, submitted, accepted, owing]));
            await EventuallyInWorkList(await api.Staff("reviewer", Wenzhou), accepted, present: true);
            await EventuallyInWorkList(await api.Staff("clerk", Wenzhou), submitted, present: true);
            // LocalHost's start creates the province queues again, and the milestone owed across the crash goes out.
            await EventuallyQueued(queues.GetQueueClient(prefix + "330000"), owing);
            Assert.Superset(alarmed, await AlarmedCases(host.Services.GetRequiredService<TableClient>()));

            await Ok(await Command(await api.Staff("clerk", Wenzhou), submitted, "acceptance"));
            await emulator.StopAsync();
            await emulator.StartAsync();
            Assert.Equal("underReview", (await Get(applicant, submitted)).GetProperty("case").GetProperty("stage").GetString());
        }
        finally
        {
            await LocalHostFixture.StopAndDeleteAsync(host);
        }
    }

    /// <summary>Each case as its applicant sees it: stage, version and the number of history events.</summary>
    private static async Task<string> Snapshot(HttpClient applicant, string[] numbers)
    {
        var lines = new List<string>();
        foreach (var number in numbers)
        {
            var view = await Get(applicant, number);
            lines.Add($"{number} {view.GetProperty("case").GetProperty("stage").GetString()} v{view.GetProperty("case").GetProperty("version").GetInt32()} " +
                $"{view.GetProperty("history").GetArrayLength()} {view.GetProperty("case").GetProperty("clock")}");
        }

        return string.Join("\n", lines);
    }

    private static async Task EventuallyOwed(HttpClient admin, string number)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var backlog = await Ok(await admin.GetAsync("/api/operations/outbox-backlog"));
            if (backlog.GetProperty("provinces").EnumerateArray().Any(p => p.GetProperty("provinceCode").GetString() == "330000"))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Case {number}'s milestones were not owed to 330000.");
    }

    private static async Task EventuallyQueued(QueueClient queue, string number)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await queue.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString().Contains(number) && m.Body.ToString().Contains("caseSubmitted")))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Case {number}'s owed milestone did not reach the province.");
    }

    /// <summary>The cases that have an alarm in the store, each with the case version it was computed for.</summary>
    private static async Task<HashSet<string>> AlarmedCases(TableClient table)
    {
        var alarms = new HashSet<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            alarms.Add(entity.RowKey);
        }

        return alarms;
    }

    private static async Task<HashSet<string>> EventuallyAlarmed(TableClient table, string[] numbers)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var alarms = await AlarmedCases(table);
            if (numbers.All(n => alarms.Any(a => a.StartsWith(n + "~", StringComparison.Ordinal))))
            {
                return alarms;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("Not every open case had its alarm scheduled.");
    }
}
