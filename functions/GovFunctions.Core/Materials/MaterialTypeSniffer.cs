namespace GovFunctions.Core.Materials;

/// <summary>
/// Tells a file's type from its first bytes (magic numbers), never from its name or declared type:
/// an executable renamed to .pdf is still an executable.
/// </summary>
public static class MaterialTypeSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to decide.</summary>
    public const int HeaderLength = 8;

    private static readonly (string FileType, string ContentType, byte[] Magic)[] Signatures =
    [
        ("pdf", "application/pdf", "%PDF-"u8.ToArray()),
        ("png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        // OFD (GB/T 33190, the Chinese fixed-layout format) is a ZIP package.
        ("ofd", "application/ofd", [0x50, 0x4B, 0x03, 0x04]),
        // AutoCAD drawings start with a version tag AC1xxx.
        ("dwg", "image/vnd.dwg", "AC10"u8.ToArray()),
    ];

    /// <summary>Every content type a stored material can have: what a download answers with.</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = Signatures.Select(s => s.ContentType).ToList();

    /// <summary>The file type (as the catalog names accepted types) and content type, or null when unknown.</summary>
    public static SniffedType? Sniff(ReadOnlySpan<byte> header)
    {
        foreach (var (fileType, contentType, magic) in Signatures)
        {
            if (header.StartsWith(magic))
            {
                return new SniffedType(fileType, contentType);
            }
        }

        return null;
    }
}

public sealed record SniffedType(string FileType, string ContentType);
