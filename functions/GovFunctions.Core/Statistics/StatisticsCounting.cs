using System.Collections.Concurrent;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// Adds the counts a case owes (<see cref="CaseOutbox.Counts"/>) to its days and their months: take the document as this
/// instance last wrote it (or read it), add what it does not hold yet, write it back over its ETag, and on a lost race
/// read it and try again; one write at a time per document in an instance, adding what every drain waiting on it owes.
/// The outbox processor clears the owed sequences only after this, so a crash in between applies them again, and the
/// day, which already holds them, stays as it is.
/// </summary>
public sealed partial class StatisticsCounting(IStatisticsStore store, ILogger<StatisticsCounting> logger)
{
    private const int MaxAttempts = 10;
    private const int RememberedDocuments = 256;

    // Each day and month document this instance counts into: its writes go one at a time (a busy item's month would
    // otherwise lose an ETag race to every drain running beside it), and it is replaced from what was last written here,
    // without a read. Another writer since (another instance, a rebuild) fails the ETag, and the document is read again.
    private readonly ConcurrentDictionary<(CountedScope Scope, DateOnly Day, bool Month), CountedDocument> _documents = new();

    /// <summary>The counts of a case's events (those of <paramref name="sequences"/>, or all), each with its scope and day.</summary>
    public static IEnumerable<EventCounts> CountsOf(CaseRecord record, IReadOnlyCollection<int>? sequences = null)
    {
        CaseState? before = null;
        for (var i = 0; i < record.History.Count; i++)
        {
            var @event = record.History[i];
            var after = CaseEvolution.Apply(before, @event);
            if (sequences is null || sequences.Contains(i + 1))
            {
                var counts = CaseCounts.Of(@event, before, after);
                if (counts.Count > 0)
                {
                    yield return new EventCounts(new CountedScope(after.DepartmentCode, after.ItemCode, after.RegionCode), ChinaTime.DateOf(@event.At), i + 1, counts);
                }
            }

            before = after;
        }
    }

    public async Task ApplyAsync(CaseRecord record, IReadOnlyCollection<int> sequences, CancellationToken cancellationToken)
    {
        var counts = CountsOf(record, sequences).ToList();
        // Each document is written on its own, the days and the months side by side.
        await Task.WhenAll(new[] { false, true }.SelectMany(month => counts
            .GroupBy(c => (c.Scope, Start: month ? DayPeriod.MonthOf(c.Day) : c.Day))
            .Select(document => ApplyAsync(record.State.Number, document.Key.Scope, document.Key.Start, month, [.. document], cancellationToken))));
    }

    private async Task ApplyAsync(string caseNumber, CountedScope scope, DateOnly day, bool month, IReadOnlyList<EventCounts> events, CancellationToken cancellationToken)
    {
        var document = Remembered((scope, day, month));
        var owed = new OwedCounts(caseNumber, events);
        document.Owed.Enqueue(owed);
        await document.Writing.WaitAsync(cancellationToken);
        try
        {
            if (!owed.Added.Task.IsCompleted)
            {
                // Whoever writes the document next adds everything owed to it by then: drains waiting on a busy item's day share one write.
                var sharing = new List<OwedCounts>();
                while (document.Owed.TryDequeue(out var next))
                {
                    sharing.Add(next);
                }

                try
                {
                    await WriteAsync(document, scope, day, month, sharing, cancellationToken);
                    sharing.ForEach(o => o.Added.TrySetResult());
                }
                catch (Exception e)
                {
                    sharing.ForEach(o => o.Added.TrySetException(e));
                }
            }
        }
        finally
        {
            document.Writing.Release();
        }

        await owed.Added.Task;
    }

    private async Task WriteAsync(CountedDocument document, CountedScope scope, DateOnly day, bool month, IReadOnlyList<OwedCounts> owed, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = attempt == 1 && document.Written is { } written ? written : await store.FindAsync(scope, day, month, cancellationToken);
            var current = stored?.Day ?? StatisticsDay.Empty(scope, day, month);
            var next = owed.SelectMany(o => o.Events, (o, e) => (o.CaseNumber, Event: e))
                .Aggregate(current, (d, c) => d.With(c.CaseNumber, c.Event.Sequence, c.Event.Counts));
            if (ReferenceEquals(next, current))
            {
                return;
            }

            try
            {
                var eTag = stored is null ? await store.CreateAsync(next, cancellationToken) : await store.ReplaceAsync(next, stored.ETag, cancellationToken);
                document.Written = new StoredStatisticsDay(next, eTag);
                return;
            }
            catch (Exception e) when (e is PreconditionFailedException or ConflictException && attempt < MaxAttempts)
            {
                // Another instance, or the rebuild, wrote the document meanwhile: add ours to what it left.
                document.Written = null;
                LogDayContended(scope.DepartmentCode, day, attempt);
            }
        }
    }

    /// <summary>
    /// The document's lock and last write. Past <see cref="RememberedDocuments"/> all are forgotten at once: a drain still
    /// holding a forgotten lock only races the next one by ETag, as another instance would.
    /// </summary>
    private CountedDocument Remembered((CountedScope, DateOnly, bool) key)
    {
        if (_documents.Count >= RememberedDocuments)
        {
            _documents.Clear();
        }

        return _documents.GetOrAdd(key, _ => new CountedDocument());
    }

    private sealed class CountedDocument
    {
        public SemaphoreSlim Writing { get; } = new(1, 1);

        /// <summary>Counts waiting for the document's next write.</summary>
        public ConcurrentQueue<OwedCounts> Owed { get; } = new();

        public StoredStatisticsDay? Written { get; set; }
    }

    /// <summary>One case's counts for one document; <see cref="Added"/> completes with the write that added them.</summary>
    private sealed record OwedCounts(string CaseNumber, IReadOnlyList<EventCounts> Events)
    {
        public TaskCompletionSource Added { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Counters of {DepartmentCode} on {Day} changed while counting (attempt {Attempt}); redoing")]
    private partial void LogDayContended(string departmentCode, DateOnly day, int attempt);
}

/// <summary>What one event of a case adds, and to which day.</summary>
public sealed record EventCounts(CountedScope Scope, DateOnly Day, int Sequence, IReadOnlyDictionary<string, long> Counts);
