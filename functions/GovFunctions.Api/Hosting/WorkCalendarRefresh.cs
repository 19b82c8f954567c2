using GovFunctions.Core.Calendar;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovFunctions.Api.Hosting;

/// <summary>
/// Seeds the shipped notices into the store and loads the calendars in force at start-up, then reloads them every
/// <see cref="WorkCalendarOptions.RefreshInterval"/>. A failure never stops the host: until a load succeeds the
/// shipped notices (and provisional years) stand in, and the next interval tries again.
/// </summary>
public sealed partial class WorkCalendarRefresh(WorkCalendarService calendars, IOptions<WorkCalendarOptions> options, ILogger<WorkCalendarRefresh> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        await timer.RunNowAndEveryTickAsync(calendars.LoadAsync, LogLoadFailed, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the working-day calendars failed; the shipped notices stand in until the next interval")]
    private partial void LogLoadFailed(Exception exception);
}
