namespace GovFunctions.IntegrationTests;

/// <summary>
/// A non-seekable stream of <paramref name="length"/> bytes that starts with <paramref name="header"/> and is
/// produced as it is read, so an upload test holds no copy of the file in memory.
/// </summary>
internal sealed class GeneratedStream(byte[] header, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        for (var i = 0; i < n; i++, _position++)
        {
            buffer[offset + i] = _position < header.Length ? header[_position] : (byte)(_position * 31 % 251);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
