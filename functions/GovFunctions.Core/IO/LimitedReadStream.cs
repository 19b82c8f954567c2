namespace GovFunctions.Core.IO;

/// <summary>
/// Reads through to an inner stream and throws as soon as more than a limit has come, so an oversized
/// upload or body is refused while streaming, before it is stored anywhere.
/// </summary>
public sealed class LimitedReadStream(Stream inner, long limit, Func<Exception> whenExceeded) : ForwardReadStream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    private int Count(int read)
    {
        _read += read;
        return _read > limit ? throw whenExceeded() : read;
    }
}
