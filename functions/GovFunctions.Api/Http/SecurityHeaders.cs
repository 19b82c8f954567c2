using Microsoft.Net.Http.Headers;

namespace GovFunctions.Api.Http;

/// <summary>
/// Headers on every answer of both hosts, set before the handler runs: no MIME sniffing, no framing, no referrer; an
/// answer to a request with a token (it may carry personal data) is never stored by a cache; API answers allow no
/// content to load, the interactive docs page only its own.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The docs page (Scalar) runs its own inline script and styles and calls the API on the same origin.</summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.ContentSecurityPolicy] = context.Request.Path.StartsWithSegments($"/{Routes.Prefix}/docs") ? DocsPolicy : ApiPolicy;
        if (context.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            headers[HeaderNames.CacheControl] = "no-store";
        }
    }
}
