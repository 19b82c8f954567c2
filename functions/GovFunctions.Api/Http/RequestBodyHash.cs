using System.Security.Cryptography;
using GovFunctions.Core.IO;

namespace GovFunctions.Api.Http;

/// <summary>
/// What an Idempotency-Key is bound to: the SHA-256 of the request body, read up to a limit. The body is kept, rewound,
/// as the request's body, so a handler still reads it afterwards.
/// </summary>
public static class RequestBodyHash
{
    public static async Task<string> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        await new LimitedReadStream(request.Body, limit, () => RequestRejectedException.TooLarge(limit)).CopyToAsync(body, cancellationToken);
        body.Position = 0;
        request.Body = body;
        return Convert.ToHexStringLower(SHA256.HashData(body.ToArray()));
    }
}
