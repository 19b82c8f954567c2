using Microsoft.Net.Http.Headers;

namespace GovFunctions.Api.Http;

/// <summary>HTTP ETag and If-Match handling for optimistic concurrency.</summary>
public static class ETags
{
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers[HeaderNames.IfMatch].ToString();
        return string.IsNullOrWhiteSpace(value) || value == "*" ? null : value.Trim();
    }

    /// <summary>Answers <paramref name="body"/> with its ETag so the caller can send it back in If-Match.</summary>
    public static IResult WithETag(HttpContext context, string eTag, IResult body)
    {
        context.Response.Headers.ETag = eTag.StartsWith('"') ? eTag : $"\"{eTag}\"";
        return body;
    }
}
