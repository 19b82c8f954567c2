using System.Buffers.Text;
using System.Text;
using GovFunctions.Core.Paging;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// Cosmos DB continuation tokens are JSON; callers get them base64url-encoded so they travel safely in a
/// query string and stay opaque.
/// </summary>
internal static class ContinuationTokens
{
    public static string? Encode(string? token) =>
        token is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw PageRequest.InvalidToken();
        }
    }
}
