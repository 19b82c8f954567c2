using System.Net.Http.Json;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// A LocalHost whose Development clock starts at <paramref name="startAt"/> and moves only when a test moves it;
/// alarms fire when time is moved (the runner's own poll is set far apart), so the scenarios are deterministic.
/// </summary>
public abstract class ClockedHostFixture : LocalHostFixture
{
    protected ClockedHostFixture(string startAt)
    {
        Settings["DevelopmentClock:StartAt"] = startAt;
        Settings["AlarmStore:PollInterval"] = "01:00:00";
    }

    public async Task<DateTimeOffset> Now() =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/dev/clock")).GetProperty("now").GetDateTimeOffset();

    /// <summary>Moves the platform's time to <paramref name="to"/>; answers how many alarms fired.</summary>
    public async Task<int> MoveClockTo(DateTimeOffset to)
    {
        var response = await Client.PostAsJsonAsync("/api/dev/clock", new { to });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        // A slow machine may take longer than the request waits (202): follow the run's progress to its end, bounded.
        var state = JsonDocument.Parse(body).RootElement;
        for (var polls = 0; state.GetProperty("alarmsRunning").GetBoolean() && polls < 600; polls++)
        {
            await Task.Delay(100);
            state = await Client.GetFromJsonAsync<JsonElement>("/api/dev/clock");
        }

        Assert.False(state.GetProperty("alarmsRunning").GetBoolean(), "The alarm run did not end within a minute.");
        return state.GetProperty("alarmsFired").GetInt32();
    }

}

/// <summary>From Monday 2 March 2026. Tests in its collection run one after another and each starts from the next Monday.</summary>
public sealed class ReviewHostFixture() : ClockedHostFixture("2026-03-02T09:00:00+08:00")
{
    /// <summary>09:00 Beijing on the next Monday: every scenario starts on a fresh week.</summary>
    public async Task<DateTimeOffset> StartNextWeek()
    {
        var now = (await Now()).ToOffset(TimeSpan.FromHours(8));
        var days = ((int)DayOfWeek.Monday - (int)now.DayOfWeek + 7) % 7;
        var monday = new DateTimeOffset(now.Date.AddDays(days == 0 ? 7 : days).AddHours(9), TimeSpan.FromHours(8));
        await MoveClockTo(monday);
        return monday;
    }
}

[CollectionDefinition(Name)]
public sealed class ReviewHostCollection : ICollectionFixture<ReviewHostFixture>
{
    public const string Name = "ReviewHost";
}
