using System.Net;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Core.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GovFunctions.EndToEndTests;

/// <summary>The anonymous status query's brake on guessing query codes: wrong codes per case and per address, all lookups per address.</summary>
public sealed class PublicQueryLimiterTests : IDisposable
{
    private const string HallAddress = "203.0.113.7";

    private readonly PublicQueryLimiter _limiter = new(Options.Create(new PublicQueryLimitOptions
    {
        LookupsPerAddressPerMinute = 40,
        FailuresPerAddressPerMinute = 10,
        FailuresPerCaseAndAddressPerHour = 3,
        FailuresPerCasePerHour = 6,
    }));

    public void Dispose() => _limiter.Dispose();

    private static HttpRequest From(string address) =>
        new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } }.Request;

    private Task<string> Right(HttpRequest request, string caseNumber) => _limiter.LookUpAsync(request, caseNumber, () => Task.FromResult("status"));

    private async Task<int> Wrong(HttpRequest request, string caseNumber)
    {
        try
        {
            await _limiter.LookUpAsync<string>(request, caseNumber, () => throw new NotFoundException("no such case"));
            return 200;
        }
        catch (NotFoundException)
        {
            return 404;
        }
        catch (RequestRejectedException e)
        {
            return e.StatusCode;
        }
    }

    [Fact]
    public async Task A_guesser_in_a_service_hall_does_not_lock_out_the_visitors_with_the_right_code()
    {
        var answers = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            answers.Add(await Wrong(From(HallAddress), $"case-{i % 4}"));
        }

        Assert.Equal(10, answers.Count(a => a == 404));
        Assert.Equal(2, answers.Count(a => a == 429));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("status", await Right(From(HallAddress), $"visitor-case-{i}"));
        }
    }

    [Fact]
    public async Task Wrong_codes_for_one_case_from_one_address_lock_that_address_out_of_that_case_only()
    {
        var answers = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await Wrong(From(HallAddress), "case-A"));
        }

        Assert.Equal([404, 404, 404, 429], answers);
        var blocked = From(HallAddress);
        var refused = await Assert.ThrowsAsync<RequestRejectedException>(() => Right(blocked, "case-A"));
        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("3600", blocked.HttpContext.Response.Headers.RetryAfter.ToString());
        Assert.Equal("status", await Right(From("198.51.100.9"), "case-A"));
        Assert.Equal("status", await Right(From(HallAddress), "case-B"));
    }

    [Fact]
    public async Task Guessing_one_case_from_many_addresses_locks_the_case_for_everyone_and_no_other_case()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(404, await Wrong(From($"198.51.100.{i + 1}"), "case-A"));
        }

        var refused = await Assert.ThrowsAsync<RequestRejectedException>(() => Right(From("192.0.2.50"), "case-A"));
        Assert.Equal(429, refused.StatusCode);
        Assert.Equal("status", await Right(From("192.0.2.50"), "case-B"));
    }

    [Fact]
    public async Task Every_answer_states_the_quota_and_the_lookup_past_the_load_quota_is_429()
    {
        HttpRequest request = From(HallAddress);
        for (var i = 0; i < 40; i++)
        {
            request = From(HallAddress);
            await Right(request, $"case-{i}");
        }

        Assert.Equal("\"address\";r=0;t=60", request.HttpContext.Response.Headers["RateLimit"].ToString());
        Assert.StartsWith("\"address\";q=40;w=60", request.HttpContext.Response.Headers["RateLimit-Policy"].ToString());
        var blocked = From(HallAddress);
        Assert.Equal(429, (await Assert.ThrowsAsync<RequestRejectedException>(() => Right(blocked, "case-x"))).StatusCode);
        Assert.Equal("60", blocked.HttpContext.Response.Headers.RetryAfter.ToString());
    }
}
