namespace GovFunctions.Api.Hosting;

/// <summary>The wait of a hosted loop: the next tick, or false once the host is stopping (no exception to catch at every loop).</summary>
public static class PeriodicTimers
{
    public static async Task<bool> NextTickAsync(this PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
