namespace GovFunctions.Core.Certificates;

/// <summary>
/// What was last read from the <see cref="ISecretStore"/> (and made of it), used until it is older than its cache period
/// and read again then; read sooner when a caller needs something it lacks — a key another instance created since —
/// but not again within <c>rereadAtMostEvery</c> of the last read. One read at a time.
/// </summary>
public sealed class SecretsAsRead<T>(Func<CancellationToken, Task<T>> read, TimeProvider time, TimeSpan cacheFor, TimeSpan rereadAtMostEvery)
    where T : class
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Snapshot? _last;

    /// <param name="lacks">Whether what was read lacks what the caller needs.</param>
    public async Task<T> GetAsync(Func<T, bool> lacks, CancellationToken cancellationToken)
    {
        if (Usable(lacks) is { } cached)
        {
            return cached;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Usable(lacks) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var value = await read(cancellationToken);
            _last = new Snapshot(value, time.GetUtcNow());
            return value;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>The next caller reads again (this instance just added a secret version).</summary>
    public void Forget() => _last = null;

    private T? Usable(Func<T, bool> lacks)
    {
        var now = time.GetUtcNow();
        return _last is { } last && now - last.ReadAt < cacheFor && (!lacks(last.Value) || now - last.ReadAt < rereadAtMostEvery) ? last.Value : null;
    }

    private sealed record Snapshot(T Value, DateTimeOffset ReadAt);
}
