using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>The response headers that are part of the contract, declared once under components/headers.</summary>
public static class ContractHeaders
{
    public const string ETag = "ETag";
    public const string Location = "Location";
    public const string RetryAfter = "Retry-After";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string RateLimitPolicy = "RateLimit-Policy";
    public const string RateLimit = "RateLimit";

    public static Dictionary<string, IOpenApiHeader> Declarations() => new()
    {
        [ETag] = Header("The resource's version, quoted; send it back in If-Match to change it only if nobody else has.", 80),
        [Location] = Header("Where the created resource is read, under /api.", 300),
        [RetryAfter] = Header("Seconds to wait before trying again.", 10, pattern: "^[0-9]+$"),
        [WwwAuthenticate] = Header("The scheme to authenticate with: Bearer.", 200),
        [RateLimitPolicy] = Header("The quotas this operation applies, as draft-ietf-httpapi-ratelimit-headers structured fields: name, q (quota), w (window in seconds).", 200),
        [RateLimit] = Header("What is left of the per-address quota: r (remaining) and t (seconds until it refills).", 200),
    };

    private static OpenApiHeader Header(string description, int maxLength, string? pattern = null) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength, Pattern = pattern },
    };
}
