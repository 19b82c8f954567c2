using System.Globalization;
using System.Threading.RateLimiting;
using GovFunctions.Api.Http;
using GovFunctions.Core.Errors;
using Microsoft.Extensions.Options;

namespace GovFunctions.Api.Cases;

/// <summary>
/// Keeps a case's query code from being guessed by brute force (see <see cref="PublicQueryLimitOptions"/>): about 887
/// million codes against at most <see cref="PublicQueryLimitOptions.FailuresPerCasePerHour"/> wrong tries an hour.
/// A case locked by guessers stays readable to its applicant, signed in. Per process: each Functions instance keeps
/// its own counts. Every answer carries the per-address quota as RateLimit-Policy and RateLimit headers.
/// </summary>
public sealed class PublicQueryLimiter : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly PublicQueryLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _lookups;
    private readonly PartitionedRateLimiter<string> _addressFailures;
    private readonly PartitionedRateLimiter<string> _caseAddressFailures;
    private readonly PartitionedRateLimiter<string> _caseFailures;
    private readonly string _policy;

    public PublicQueryLimiter(IOptions<PublicQueryLimitOptions> options)
    {
        _options = options.Value;
        _lookups = Buckets(_options.LookupsPerAddressPerMinute, Minute);
        _addressFailures = Buckets(_options.FailuresPerAddressPerMinute, Minute);
        _caseAddressFailures = Buckets(_options.FailuresPerCaseAndAddressPerHour, Hour);
        _caseFailures = Buckets(_options.FailuresPerCasePerHour, Hour);
        _policy = string.Create(CultureInfo.InvariantCulture,
            $"\"address\";q={_options.LookupsPerAddressPerMinute};w=60, \"failures\";q={_options.FailuresPerAddressPerMinute};w=60, \"case\";q={_options.FailuresPerCaseAndAddressPerHour};w=3600");
    }

    /// <summary>Runs the lookup of a case's status within the quotas; a wrong code (404) is counted against them.</summary>
    public async Task<T> LookUpAsync<T>(HttpRequest request, string caseNumber, Func<Task<T>> lookup)
    {
        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using (var lease = _lookups.AttemptAcquire(address))
        {
            DeclareQuota(request.HttpContext.Response, address);
            if (!lease.IsAcquired)
            {
                throw TooMany(request, Minute, "Too many status queries from this address; try again in a minute.");
            }
        }

        var caseAndAddress = caseNumber + "|" + address;
        if (IsExhausted(_caseFailures, caseNumber) || IsExhausted(_caseAddressFailures, caseAndAddress))
        {
            throw TooMany(request, Hour, "Too many wrong query codes for this case; try again within the hour, or sign in to see your case.");
        }

        try
        {
            return await lookup();
        }
        catch (NotFoundException)
        {
            _caseFailures.AttemptAcquire(caseNumber).Dispose();
            _caseAddressFailures.AttemptAcquire(caseAndAddress).Dispose();
            using var failure = _addressFailures.AttemptAcquire(address);
            if (!failure.IsAcquired)
            {
                throw TooMany(request, Minute, "Too many failed status queries from this address; check the case number and query code, and try again in a minute.");
            }

            throw;
        }
    }

    public void Dispose()
    {
        _lookups.Dispose();
        _addressFailures.Dispose();
        _caseAddressFailures.Dispose();
        _caseFailures.Dispose();
    }

    private void DeclareQuota(HttpResponse response, string address)
    {
        var remaining = _lookups.GetStatistics(address)?.CurrentAvailablePermits ?? 0;
        response.Headers["RateLimit-Policy"] = _policy;
        response.Headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"address\";r={remaining};t=60");
    }

    /// <summary>Asking for no permit tells whether any are left, without taking one.</summary>
    private static bool IsExhausted(PartitionedRateLimiter<string> limiter, string key)
    {
        using var probe = limiter.AttemptAcquire(key, 0);
        return !probe.IsAcquired;
    }

    private static RequestRejectedException TooMany(HttpRequest request, TimeSpan wait, string message)
    {
        request.HttpContext.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return new RequestRejectedException(StatusCodes.Status429TooManyRequests, message);
    }

    private static PartitionedRateLimiter<string> Buckets(int quota, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = quota,
            TokensPerPeriod = quota,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
