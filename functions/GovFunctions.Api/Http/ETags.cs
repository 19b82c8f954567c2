using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Http;

/// <summary>HTTP ETag and If-Match handling for optimistic concurrency.</summary>
public static class ETags
{
    public static string? IfMatch(HttpRequest request)
    {
        var value = RequestParameters.Header(request, ApiParameters.IfMatch);
        return value is null or "*" ? null : value;
    }

    /// <summary>The case version an If-Match names (a case's ETag is its version, <c>"12"</c>); null when absent.</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        if (IfMatch(request) is not { } value)
        {
            return null;
        }

        var text = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        return int.TryParse(text.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw ValidationFailedException.For("If-Match", "must be the case's ETag as it was answered (its version in quotes).");
    }

    /// <summary>Answers <paramref name="body"/> with its ETag so the caller can send it back in If-Match.</summary>
    public static IResult WithETag(HttpContext context, string eTag, IResult body)
    {
        context.Response.Headers.ETag = eTag.StartsWith('"') ? eTag : $"\"{eTag}\"";
        return body;
    }

    /// <summary>Answers <paramref name="body"/> with a record's version as its ETag (what If-Match with a version checks).</summary>
    public static IResult WithVersion(HttpContext context, int version, IResult body) =>
        WithETag(context, version.ToString(System.Globalization.CultureInfo.InvariantCulture), body);
}
