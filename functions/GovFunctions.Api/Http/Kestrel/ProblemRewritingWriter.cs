using System.Buffers;
using System.IO.Pipelines;

namespace GovFunctions.Api.Http.Kestrel;

/// <summary>
/// The connection's output, held back until each flush so a flush can be looked at whole: one that is only a bare
/// error head (status 4xx/5xx, Content-Length 0, no Content-Type) is what Kestrel writes when it rejects a request,
/// since every answer of the application has a body; that flush goes out as a problem instead.
/// </summary>
internal sealed class ProblemRewritingWriter(PipeWriter inner) : PipeWriter
{
    private readonly ArrayBufferWriter<byte> _pending = new(4096);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

    public override void Advance(int bytes) => _pending.Advance(bytes);

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        WritePending();
        return await inner.FlushAsync(cancellationToken);
    }

    // Serializers ask how much is written but not flushed, to decide when to flush.
    public override bool CanGetUnflushedBytes => true;

    public override long UnflushedBytes => _pending.WrittenCount + (inner.CanGetUnflushedBytes ? inner.UnflushedBytes : 0);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        WritePending();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        WritePending();
        await inner.CompleteAsync(exception);
    }

    private void WritePending()
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        var written = _pending.WrittenSpan;
        if (RejectionAnswer.TryRewrite(written, out var problem))
        {
            inner.Write(problem);
        }
        else
        {
            inner.Write(written);
        }

        _pending.ResetWrittenCount();
    }
}
