using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GovFunctions.Api.Http.Kestrel;

/// <summary>Recognises Kestrel's own answer to a request it rejected, and writes the same answer as a problem.</summary>
public static class RejectionAnswer
{
    private const string LengthZero = "content-length: 0";

    public static bool TryRewrite(ReadOnlySpan<byte> written, out byte[] problem)
    {
        problem = [];
        if (written.Length > 1024 || !written.StartsWith("HTTP/1.1 "u8) || !written.EndsWith("\r\n\r\n"u8))
        {
            return false;
        }

        var lines = Encoding.ASCII.GetString(written).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 400
            || !lines.Skip(1).Any(l => l.Equals(LengthZero, StringComparison.OrdinalIgnoreCase))
            || lines.Skip(1).Any(l => l.StartsWith("content-type:", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var title = statusLine.Length == 3 ? statusLine[2] : "Error";
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = Detail(status),
        });
        var head = new StringBuilder(lines[0]).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => !l.Equals(LengthZero, StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(line).Append("\r\n");
        }

        // The security headers the app sets on its own answers; a request the server refuses never reached the app.
        head.Append("X-Content-Type-Options: nosniff\r\n")
            .Append("X-Frame-Options: DENY\r\n")
            .Append("Content-Security-Policy: ").Append(SecurityHeaders.ApiPolicy).Append("\r\n")
            .Append("Content-Type: application/problem+json\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        problem = [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
        return true;
    }

    private static string Detail(int status) => status switch
    {
        400 => "The request could not be read: its request line or headers are malformed (for example, characters a URL may not contain, such as %00).",
        414 => "The URL is longer than the platform accepts.",
        431 => "The request headers are larger than the platform accepts.",
        408 => "The request headers did not arrive in time.",
        413 => "The request body is larger than the platform accepts.",
        _ => "The server rejected the request before reading it.",
    };
}
