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

    public static void MapClockEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(ClockRoute, (DevelopmentClock clock) => Results.Ok(new ClockState(clock.GetUtcNow(), 0)))
            .WithName("GetDevelopmentClock")
            .WithTags("Development")
            .ForAnyone()
            .WithSummary("Development only: the platform's current time.")
            .Produces<ClockState>();

        api.MapPost(ClockRoute, async (HttpRequest request, DevelopmentClock clock, OutboxPump outbox, AlarmRunner alarms, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ClockAdvance>(request, ct, limit: 4 * 1024);
                var by = Parse(body, clock.GetUtcNow());
                // Saves made just before still have their next alarm to schedule: let the outbox catch up first.
                await outbox.WhenDrainedAsync(TimeSpan.FromSeconds(10), ct);
                var now = clock.Advance(by);
                return Results.Ok(new ClockState(now, await alarms.RunOnceAsync(ct)));
            })
            .WithName("AdvanceDevelopmentClock")
            .WithTags("Development")
            .ForAnyone()
            .WithSummary("Development only: moves time forward (advanceBy, an ISO 8601 duration such as P3DT2H, or to, an instant) and fires the alarms now due.")
            .Accepts<ClockAdvance>("application/json")
            .Produces<ClockState>()
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

/// <param name="AlarmsFired">Alarms that fired because time moved.</param>
public sealed record ClockState(DateTimeOffset Now, int AlarmsFired);
