using System.Threading.RateLimiting;
using GovFunctions.Api.Http;

namespace GovFunctions.Api.Cases;

/// <summary>
/// Limits anonymous status queries per client address (a token bucket each), so a case's query code cannot be
/// guessed by brute force. Per process: each Functions instance keeps its own buckets.
/// </summary>
public sealed class PublicQueryLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 10,
            TokensPerPeriod = 10,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Enter(HttpRequest request)
    {
        var client = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(client);
        if (!lease.IsAcquired)
        {
            request.HttpContext.Response.Headers.RetryAfter = "60";
            throw new RequestRejectedException(StatusCodes.Status429TooManyRequests, "Too many status queries from this client; try again in a minute.");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
