using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovFunctions.Core.Serialization;

/// <summary>
/// The bytes a signature or a hash covers: JSON in the canonical form of RFC 8785 (JCS) — members sorted by their
/// names' UTF-16 code units, no whitespace, strings escaped only where JSON requires — so any party that reads the
/// document and writes it again the same way gets the same bytes, whatever order its parser kept. Numbers are limited
/// to integers a double holds exactly (certificates, audit records and case events carry none other), which JCS writes as plain digits.
/// </summary>
public static class CanonicalJson
{
    private const long MaxExactInteger = 9_007_199_254_740_991;

    public static byte[] Bytes(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Text(JsonNode? node) => Encoding.UTF8.GetString(Bytes(node));

    /// <summary>The SHA-256 of the canonical bytes, in lower-case hex: what the audit trail chains and anchors with.</summary>
    public static string Sha256(JsonNode? node) => Convert.ToHexStringLower(SHA256.HashData(Bytes(node)));

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject members:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    WriteString(name, text);
                    text.Append(':');
                    Write(value, text);
                }

                text.Append('}');
                break;
            case JsonArray items:
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(items[i], text);
                }

                text.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, text);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        var element = JsonSerializer.SerializeToElement(value);
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                text.Append(element.GetBoolean() ? "true" : "false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer) && Math.Abs(integer) <= MaxExactInteger:
                text.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new FormatException($"Canonical JSON here holds no {element.ValueKind} like {element.GetRawText()}; only strings, integers, booleans and null.");
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
