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
        do
        {
            try
            {
                foreach (var anchor in await trail.AnchorDueDaysAsync(stoppingToken))
                {
                    LogAnchored(anchor.Day, anchor.Heads.Count, anchor.Hash);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(e);
            }
        }
        while (await timer.NextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit day {Day} anchored: {Chains} chains, anchor hash {Hash}")]
    private partial void LogAnchored(DateOnly day, int chains, string hash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Anchoring the audit days failed; the next hour tries again")]
    private partial void LogFailed(Exception exception);
}
