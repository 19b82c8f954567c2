using System.Xml;
using GovFunctions.Api.Http;
using GovFunctions.Core.Errors;
using GovFunctions.LocalHost.Alarms;
using GovFunctions.LocalHost.Outbox;

using GovFunctions.LocalHost.Endpoints;

namespace GovFunctions.LocalHost.Development;

/// <summary>Development only: read and move the platform's time; moving it fires the alarms that fall due.</summary>
public static class ClockEndpoints
{
    public const string ClockRoute = "dev/clock";

    private static readonly TimeSpan RunAnsweredWithin = TimeSpan.FromSeconds(5);

    public static void MapClockEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(ClockRoute, (DevelopmentClock clock, AlarmRunner alarms) => Results.Ok(ClockState.Of(clock.GetUtcNow(), alarms)))
            .WithName("GetDevelopmentClock")
            .WithTags("Development")
            .ForAnyone()
            .WithSummary("Development only: the platform's current time, and the progress of the alarm run the last move started.")
            .Produces<ClockState>();

        api.MapPost(ClockRoute, async (HttpRequest request, DevelopmentClock clock, OutboxPump outbox, AlarmRunner alarms, IHostApplicationLifetime lifetime, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ClockAdvance>(request, ct, limit: 4 * 1024);
                var by = Parse(body, clock.GetUtcNow());
                // Saves made just before still have their next alarm to schedule: let the outbox catch up first.
                await outbox.WhenDrainedAsync(TimeSpan.FromSeconds(10), ct);
                alarms.ClockMoved();
                var now = clock.Advance(by);
                // The run outlives this request: thousands of alarms falling due at once take minutes, not a request's time.
                var run = alarms.RunOnceAsync(lifetime.ApplicationStopping);
                if (await Task.WhenAny(run, Task.Delay(RunAnsweredWithin, ct)) == run)
                {
                    await run;
                    return Results.Ok(ClockState.Of(now, alarms));
                }

                return Results.Json(ClockState.Of(now, alarms), statusCode: StatusCodes.Status202Accepted);
            })
            .WithName("AdvanceDevelopmentClock")
            .WithTags("Development")
            .ForAnyone()
            .WithSummary("Development only: moves time forward (advanceBy, an ISO 8601 duration such as P3DT2H, or to, an instant) and fires the alarms now due: 200 when they have fired within five seconds, otherwise 202 with the progress so far, which GET dev/clock keeps reporting.")
            .Accepts<ClockAdvance>("application/json")
            .Produces<ClockState>()
            .Produces<ClockState>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
    }

    private static TimeSpan Parse(ClockAdvance body, DateTimeOffset now)
    {
        if ((body.AdvanceBy is null) == (body.To is null))
        {
            throw ValidationFailedException.For("advanceBy", "give either advanceBy (ISO 8601 duration) or to (an instant), not both.");
        }

        if (body.To is { } to)
        {
            return to >= now ? to - now : throw ValidationFailedException.For("to", $"time only moves forward; it is {now:O} now.");
        }

        try
        {
            var by = XmlConvert.ToTimeSpan(body.AdvanceBy!);
            return by >= TimeSpan.Zero && by <= TimeSpan.FromDays(366)
                ? by
                : throw ValidationFailedException.For("advanceBy", "must be between zero and one year.");
        }
        catch (FormatException)
        {
            throw ValidationFailedException.For("advanceBy", "must be an ISO 8601 duration such as P1D or PT36H.");
        }
    }
}

public sealed record ClockAdvance(string? AdvanceBy, DateTimeOffset? To);

/// <param name="AlarmsFired">Alarms fired since the clock last moved (so far, while <paramref name="AlarmsRunning"/>).</param>
/// <param name="AlarmsRunning">An alarm run is still going.</param>
public sealed record ClockState(DateTimeOffset Now, int AlarmsFired, bool AlarmsRunning)
{
    public static ClockState Of(DateTimeOffset now, AlarmRunner alarms)
    {
        var (fired, running) = alarms.Progress;
        return new ClockState(now, fired, running);
    }
}
