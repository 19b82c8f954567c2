using System.Text.Json;
using GovFunctions.Core.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>LocalHost stopped with alarms pending, time moved on, LocalHost started again: each alarm fires once.</summary>
public sealed class AlarmRestartTests
{
    private const string Lightning = "XK01001001-330300000000";

    [Fact]
    public async Task Alarms_pending_at_shutdown_fire_once_after_a_restart()
    {
        // Monday 2 March 2026: the acceptance limit (5 working days) runs out at midnight after Monday 9 March.
        var settings = LocalHostFixture.IsolatedSettings("restart", "2026-03-02T09:00:00+08:00");
        var first = await LocalHostFixture.StartAsync(settings);
        WebApplication? last = null;
        try
        {
            var api = new ReviewApiClient(LocalHostFixture.AddressOf(first));
            var applicant = await api.Applicant("company-restart");
            var numbers = new[] { await api.SubmitCase(applicant, Lightning), await api.SubmitCase(applicant, Lightning) };
            await EventuallyScheduled(first, numbers);
            await first.StopAsync();
            await first.DisposeAsync();

            // Friday 13 March, 12:00: warning (Fri 6), overdue (Tue 10 00:00) and escalations at the end of 10, 11 and 12 March are all due.
            settings["DevelopmentClock:StartAt"] = "2026-03-13T12:00:00+08:00";
            var second = await LocalHostFixture.StartAsync(settings);
            var expected = new[] { "clockWarned", "clockOverdue", "escalated", "escalated", "escalated" };
            var secondApplicant = await LocalHostFixture.ClientFor(LocalHostFixture.AddressOf(second), "company-restart", ["applicant"]);
            foreach (var number in numbers)
            {
                Assert.Equal(expected, await EventuallyAlarmEvents(secondApplicant, number, expected.Length));
            }

            await second.StopAsync();
            await second.DisposeAsync();

            // Started once more at the same time: nothing fires twice.
            last = await LocalHostFixture.StartAsync(settings);
            var lastApplicant = await LocalHostFixture.ClientFor(LocalHostFixture.AddressOf(last), "company-restart", ["applicant"]);
            await last.Services.GetRequiredService<GovFunctions.LocalHost.Alarms.AlarmRunner>().RunOnceAsync(CancellationToken.None);
            foreach (var number in numbers)
            {
                var history = (await Get(lastApplicant, number)).GetProperty("history").EnumerateArray().ToList();
                Assert.Equal(expected, AlarmEvents(history));
                Assert.Equal([1, 2, 3], history.Where(e => e.GetProperty("type").GetString() == "escalated").Select(e => e.GetProperty("count").GetInt32()));
            }
        }
        finally
        {
            if (last is not null)
            {
                await LocalHostFixture.StopAndDeleteAsync(last);
            }
        }
    }

    /// <summary>Waits (bounded) until the outbox processor has put each case's next alarm in the store.</summary>
    private static async Task EventuallyScheduled(WebApplication app, IReadOnlyCollection<string> numbers)
    {
        var store = app.Services.GetRequiredService<IAlarmStore>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var scheduled = (await store.ListDueAsync(DateTimeOffset.UtcNow.AddYears(5), 1000, CancellationToken.None)).Select(a => a.CaseNumber).ToHashSet();
            if (numbers.All(scheduled.Contains))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The alarms were never scheduled.");
    }

    private static async Task<List<string>> EventuallyAlarmEvents(HttpClient applicant, string number, int count)
    {
        List<string> seen = [];
        for (var attempt = 0; attempt < 100 && seen.Count < count; attempt++)
        {
            seen = AlarmEvents((await Get(applicant, number)).GetProperty("history").EnumerateArray().ToList());
            await Task.Delay(seen.Count < count ? 50 : 0);
        }

        return seen;
    }

    private static List<string> AlarmEvents(List<JsonElement> history) =>
        [.. history.Where(e => e.GetProperty("by").GetString() == "platform").Select(e => e.GetProperty("type").GetString()!)];
}
