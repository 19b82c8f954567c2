using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Benchmarks;

/// <summary>
/// Counts the document operations (reads, writes, deletes, queries) LocalHost's Cosmos DB client sends once it is set up,
/// in all and by container and kind, so a command's cost shows where it goes.
/// </summary>
public sealed class CosmosOperationCounter : RequestHandler
{
    private long _operations;
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);

    public long Operations => Interlocked.Read(ref _operations);

    /// <summary>"container kind" → operations so far; kinds: read, query, create, upsert, replace, delete, patch.</summary>
    public IReadOnlyDictionary<string, long> ByKind => new Dictionary<string, long>(_byKind);

    /// <summary>The counts so far, to measure from.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => ByKind;

    /// <summary>The operations since <paramref name="snapshot"/>, by container and kind.</summary>
    public IReadOnlyDictionary<string, long> SpentSince(IReadOnlyDictionary<string, long> snapshot) =>
        ByKind.Select(k => (k.Key, Count: k.Value - snapshot.GetValueOrDefault(k.Key))).Where(k => k.Count > 0).ToDictionary(k => k.Key, k => k.Count);

    /// <summary>The operations since <paramref name="snapshot"/>, per one of <paramref name="per"/>, and where they went ("cases replace 2, …").</summary>
    public (double Operations, string Breakdown) Since(IReadOnlyDictionary<string, long> snapshot, int per) => PerOne(SpentSince(snapshot), Math.Max(1, per));

    /// <summary><paramref name="spent"/> (by container and kind) per one of <paramref name="per"/>, and where it went.</summary>
    public static (double Operations, string Breakdown) PerOne(IReadOnlyDictionary<string, long> spent, double per) =>
        (spent.Values.Sum() / per,
            string.Join(", ", spent.Where(k => k.Value > 0).OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value / per:0.#}")));

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        // Document reads address the document (…/docs/{id}); creates, upserts and queries are POSTs to the container, replaces PUTs,
        // deletes DELETEs. What is left out are the client's own metadata reads (account, container, partition key ranges).
        var uri = request.RequestUri.OriginalString;
        if (request.Method != HttpMethod.Get || uri.Contains("/docs", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _operations);
            _byKind.AddOrUpdate($"{ContainerOf(uri)} {KindOf(request)}", 1, (_, n) => n + 1);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static string ContainerOf(string uri)
    {
        var parts = uri.Split('/');
        var at = Array.IndexOf(parts, "colls");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : "?";
    }

    private static string KindOf(RequestMessage request) =>
        request.Method.Method switch
        {
            "GET" => "read",
            "PUT" => "replace",
            "DELETE" => "delete",
            "PATCH" => "patch",
            _ when request.Headers["x-ms-documentdb-isquery"] is "True" or "true" => "query",
            _ when request.Headers["x-ms-documentdb-is-upsert"] is "True" or "true" => "upsert",
            _ => "create",
        };
}
