using GovFunctions.Core.IO;

namespace GovFunctions.IntegrationTests;

/// <summary>
/// A non-seekable stream of <paramref name="length"/> bytes that starts with <paramref name="header"/> and is
/// produced as it is read, so an upload test holds no copy of the file in memory.
/// </summary>
internal sealed class GeneratedStream(byte[] header, long length) : ForwardReadStream
{
    private long _position;

    public override int Read(byte[] buffer, int offset, int count) => Fill(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Fill(buffer.Span));

    private int Fill(Span<byte> destination)
    {
        var n = (int)Math.Min(destination.Length, length - _position);
        for (var i = 0; i < n; i++, _position++)
        {
            destination[i] = _position < header.Length ? header[_position] : (byte)(_position * 31 % 251);
        }

        return n;
    }
}
