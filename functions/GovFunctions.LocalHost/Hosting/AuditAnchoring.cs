using GovFunctions.Api.Hosting;
using GovFunctions.Core.Audit;

namespace GovFunctions.LocalHost.Hosting;

/// <summary>LocalHost's stand-in for the Functions app's hourly timer: anchors each audit day once it is over.</summary>
public sealed partial class AuditAnchoring(AuditTrail trail, ILogger<AuditAnchoring> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        await timer.RunNowAndEveryTickAsync(trail.AnchorDueDaysAsync, LogFailed, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Anchoring the audit days failed; the next hour tries again")]
    private partial void LogFailed(Exception exception);
}
