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

    /// <summary>
    /// A hosted loop: <paramref name="work"/> now and at every tick until the host stops. A failure goes to
    /// <paramref name="failed"/> and the next tick tries again — a timeout inside the work (the Cosmos SDK's is an
    /// <see cref="OperationCanceledException"/>) included, which would otherwise end the loop and stop the host.
    /// </summary>
    public static async Task RunNowAndEveryTickAsync(this PeriodicTimer timer, Func<CancellationToken, Task> work, Action<Exception> failed, CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                failed(e);
            }
        }
        while (await timer.NextTickAsync(stoppingToken));
    }
}
