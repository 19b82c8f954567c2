using GovFunctions.Core.Materials;

namespace GovFunctions.UnitTests.Materials;

public class MaterialTypeSnifferTests
{
    public static TheoryData<byte[], string?> Headers => new()
    {
        { "%PDF-1.7\n"u8.ToArray(), "pdf" },
        { new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "png" },
        { new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46 }, "jpg" },
        { new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ofd" },
        { "AC1032\0\0"u8.ToArray(), "dwg" },
        { new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 }, null },        // a Windows executable (MZ) renamed to .pdf
        { new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }, null },        // an ELF binary
        { "<html><script>"u8.ToArray(), null },
        { "%PD"u8.ToArray(), null },                                        // too short to be a PDF
        { Array.Empty<byte>(), null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Decides_by_magic_bytes(byte[] header, string? fileType) =>
        Assert.Equal(fileType, MaterialTypeSniffer.Sniff(header)?.FileType);
}
