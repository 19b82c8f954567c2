using System.Net;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using Microsoft.AspNetCore.Http;

namespace GovFunctions.EndToEndTests;

/// <summary>The anonymous status query's brake on guessing query codes, per client address.</summary>
public sealed class PublicQueryLimiterTests
{
    private static HttpRequest From(string address) =>
        new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } }.Request;

    [Fact]
    public void The_eleventh_query_in_a_minute_from_one_client_is_429_and_other_clients_are_unaffected()
    {
        using var limiter = new PublicQueryLimiter();
        for (var i = 0; i < 10; i++)
        {
            limiter.Enter(From("203.0.113.7"));
        }

        var blocked = From("203.0.113.7");
        var refused = Assert.Throws<RequestRejectedException>(() => limiter.Enter(blocked));

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("60", blocked.HttpContext.Response.Headers.RetryAfter.ToString());
        limiter.Enter(From("198.51.100.9"));
    }
}
