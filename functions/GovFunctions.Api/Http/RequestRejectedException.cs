namespace GovFunctions.Api.Http;

/// <summary>The request cannot be read at all: too large (413) or not in a media type the operation takes (415).</summary>
public sealed class RequestRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static RequestRejectedException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {limit:N0} bytes this operation takes.");

    public static RequestRejectedException UnsupportedMediaType(string expected) =>
        new(StatusCodes.Status415UnsupportedMediaType, $"This operation takes a body of type {expected}.");
}
