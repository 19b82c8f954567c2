using System.Net;

namespace GovFunctions.EndToEndTests;

/// <summary>Browser portals: their origin only, preflight answered, bearer tokens without the credentials mode, the contract's headers readable.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PortalCorsTests(LocalHostFixture host)
{
    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/api/cases")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "authorization,content-type,idempotency-key" },
        },
    };

    [Fact]
    public async Task A_configured_portal_is_answered_its_preflight_and_reads_the_answer_headers_and_another_origin_is_not()
    {
        using var browser = new HttpClient { BaseAddress = host.BaseAddress };

        var allowed = await browser.SendAsync(Preflight(LocalHostFixture.PortalOrigin));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(LocalHostFixture.PortalOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"));

        var refused = await browser.SendAsync(Preflight("https://evil.example"));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        var read = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/catalog/items?pageSize=1") { Headers = { { "Origin", LocalHostFixture.PortalOrigin } } });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(LocalHostFixture.PortalOrigin, Assert.Single(read.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", string.Join(",", read.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }
}
