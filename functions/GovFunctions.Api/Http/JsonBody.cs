using System.Text.Json;
using GovFunctions.Core.Errors;
using GovFunctions.Core.IO;
using GovFunctions.Core.Serialization;
using Microsoft.Net.Http.Headers;

namespace GovFunctions.Api.Http;

/// <summary>Reads a JSON request body strictly: the right media type, a bounded size, the right shapes, the declared limits.</summary>
public static class JsonBody
{
    /// <summary>Large enough for any guide or form; anything bigger is not a legitimate request.</summary>
    public const long DefaultLimit = 4 * 1024 * 1024;

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, long limit = DefaultLimit)
        where T : class
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                 || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            throw RequestRejectedException.UnsupportedMediaType("application/json");
        }

        if (request.ContentLength > limit)
        {
            throw RequestRejectedException.TooLarge(limit);
        }

        T body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(new LimitedReadStream(request.Body, limit, () => RequestRejectedException.TooLarge(limit)), GovJson.Options, cancellationToken)
                ?? throw ValidationFailedException.For("$", "A JSON object is required.");
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
            throw ValidationFailedException.For(field, e.Path is null or "$"
                ? "The body is not valid JSON."
                : "has the wrong type or is not valid JSON.");
        }

        DeclaredLimits.ThrowIfExceeded(body);
        return body;
    }
}
