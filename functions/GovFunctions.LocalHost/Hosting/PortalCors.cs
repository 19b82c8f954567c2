using GovFunctions.Api.Http;
using Microsoft.Net.Http.Headers;

namespace GovFunctions.LocalHost.Hosting;

/// <summary>
/// Browser portals call the API from their own origins (<c>Cors:AllowedOrigins</c>; none by default): those origins
/// only, with bearer tokens in the Authorization header — never cookies, so no credentials mode — and the contract's
/// answer headers readable. In Azure the Functions host answers the same rules (infra's <c>portalOrigins</c>).
/// </summary>
public static class PortalCors
{
    public const string Policy = "portals";

    public static readonly string[] Methods = ["GET", "POST", "PUT"];

    public static readonly string[] RequestHeaders = [HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.ContentDisposition, ApiParameters.IfMatch.Name, ApiParameters.IdempotencyKey.Name];

    public static readonly string[] AnswerHeaders = [HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, HeaderNames.ContentDisposition, "RateLimit", "RateLimit-Policy"];

    public static void Add(WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddPolicy(Policy, policy => policy
            .WithOrigins(origins)
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(AnswerHeaders)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }
}
