using System.Buffers.Text;
using System.IO.Compression;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// The bitstring of W3C Bitstring Status List v1.0: bit 0 is the left-most bit of the first byte, the whole string
/// GZIP-compressed and base64url-encoded; at least 131,072 bits (16 KB), so one list hides each certificate among many.
/// </summary>
public static class StatusBitstring
{
    public const int MinimumLength = 131_072;

    public static string Encode(IEnumerable<int> setBits, int positions)
    {
        var length = Math.Max(MinimumLength, (positions + 7) / 8 * 8);
        var bits = new byte[length / 8];
        foreach (var index in setBits)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>Whether bit <paramref name="index"/> is set; false past the end.</summary>
    public static bool IsSet(string encoded, int index)
    {
        using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encoded)), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        var bytes = bits.ToArray();
        return index / 8 < bytes.Length && (bytes[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}
