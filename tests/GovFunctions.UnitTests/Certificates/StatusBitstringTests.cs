using System.Buffers.Text;
using System.IO.Compression;
using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

public sealed class StatusBitstringTests
{
    private static byte[] Decoded(string encoded)
    {
        using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encoded)), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void Bit_zero_is_the_leftmost_bit_of_the_first_byte_and_the_list_is_at_least_16_KB()
    {
        var bytes = Decoded(StatusBitstring.Encode([0, 9, 15], positions: 20));

        Assert.Equal(StatusBitstring.MinimumLength / 8, bytes.Length);
        Assert.Equal(0b1000_0000, bytes[0]);
        Assert.Equal(0b0100_0001, bytes[1]);
        Assert.All(bytes[2..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_list_longer_than_the_minimum_keeps_every_position_and_reads_back_bit_by_bit()
    {
        var set = new[] { 3, 131_071, 200_000 };
        var encoded = StatusBitstring.Encode(set, positions: 200_001);

        Assert.Equal(200_008 / 8, Decoded(encoded).Length);
        Assert.All(set, i => Assert.True(StatusBitstring.IsSet(encoded, i)));
        Assert.All(new[] { 0, 2, 4, 131_070, 199_999, 200_001, 10_000_000 }, i => Assert.False(StatusBitstring.IsSet(encoded, i)));
    }
}
