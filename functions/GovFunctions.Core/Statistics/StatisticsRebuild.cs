using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// Recomputes every counter from the case histories and writes each day as the histories make it, removing days no
/// history makes. Safe while counting goes on: each day is written over the ETag it had before the cases were read,
/// and a day that changed meanwhile is recomputed from the cases it then holds.
/// </summary>
public sealed partial class StatisticsRebuild(ICaseStore cases, IStatisticsStore store, ILogger<StatisticsRebuild> logger)
{
    private const int MaxAttempts = 10;

    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var existing = new Dictionary<(CountedScope, DateOnly, bool), StoredStatisticsDay>();
        foreach (var department in (await store.ListScopesAsync(cancellationToken)).Select(s => s.DepartmentCode).Distinct())
        {
            await foreach (var stored in store.ReadDaysAsync(department, cancellationToken))
            {
                existing[(stored.Day.Scope, stored.Day.Day, stored.Day.Month)] = stored;
            }
        }

        var computed = new Dictionary<(CountedScope, DateOnly, bool), StatisticsDay>();
        var caseCount = 0;
        await foreach (var number in cases.ListCaseNumbersAsync(cancellationToken))
        {
            if (await cases.FindAsync(number, cancellationToken) is not { } stored)
            {
                continue;
            }

            caseCount++;
            foreach (var counts in StatisticsCounting.CountsOf(stored.Case))
            {
                foreach (var key in new[] { (counts.Scope, counts.Day, false), (counts.Scope, DayPeriod.MonthOf(counts.Day), true) })
                {
                    computed[key] = computed.GetValueOrDefault(key, StatisticsDay.Empty(key.Item1, key.Item2, key.Item3)).With(number, counts.Sequence, counts.Counts);
                }
            }
        }

        int written = 0, removed = 0;
        foreach (var key in existing.Keys.Union(computed.Keys).ToList())
        {
            var outcome = await WriteAsync(key.Item1, key.Item2, key.Item3, computed.GetValueOrDefault(key), existing.GetValueOrDefault(key), cancellationToken);
            written += outcome == Written.Day ? 1 : 0;
            removed += outcome == Written.Removed ? 1 : 0;
        }

        LogRebuilt(caseCount, written, removed);
        return new RebuildReport(caseCount, written, removed);
    }

    private async Task<Written> WriteAsync(
        CountedScope scope, DateOnly day, bool month, StatisticsDay? computed, StoredStatisticsDay? stored, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (computed is null or { Applied.Count: 0 })
                {
                    if (stored is null)
                    {
                        return Written.Nothing;
                    }

                    await store.DeleteAsync(stored.Day, stored.ETag, cancellationToken);
                    return Written.Removed;
                }

                if (stored is null)
                {
                    await store.CreateAsync(computed, cancellationToken);
                }
                else if (!SameCounters(stored.Day, computed))
                {
                    await store.ReplaceAsync(computed, stored.ETag, cancellationToken);
                }

                return Written.Day;
            }
            catch (Exception e) when (e is PreconditionFailedException or ConflictException && attempt < MaxAttempts)
            {
                // Counted meanwhile: read the day again first, then every case it or the rebuild holds, and recompute it.
                stored = await store.FindAsync(scope, day, month, cancellationToken);
                computed = await RecomputeAsync(scope, day, month, [.. (stored?.Day.Applied.Keys ?? []).Union(computed?.Applied.Keys ?? [])], cancellationToken);
            }
        }
    }

    private async Task<StatisticsDay> RecomputeAsync(CountedScope scope, DateOnly day, bool month, IReadOnlyList<string> caseNumbers, CancellationToken cancellationToken)
    {
        var recomputed = StatisticsDay.Empty(scope, day, month);
        foreach (var number in caseNumbers)
        {
            if (await cases.FindAsync(number, cancellationToken) is { } stored)
            {
                foreach (var counts in StatisticsCounting.CountsOf(stored.Case).Where(c => c.Scope == scope && (month ? DayPeriod.MonthOf(c.Day) : c.Day) == day))
                {
                    recomputed = recomputed.With(number, counts.Sequence, counts.Counts);
                }
            }
        }

        return recomputed;
    }

    private static bool SameCounters(StatisticsDay stored, StatisticsDay computed) =>
        stored.Counters.Count == computed.Counters.Count && stored.Counters.All(c => computed.Counters.GetValueOrDefault(c.Key) == c.Value)
        && stored.Applied.Count == computed.Applied.Count && stored.Applied.All(a => computed.Applied.TryGetValue(a.Key, out var s) && s.Order().SequenceEqual(a.Value.Order()));

    private enum Written
    {
        Nothing,
        Day,
        Removed,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics rebuilt from {CaseCount} cases: {Written} days written, {Removed} removed")]
    private partial void LogRebuilt(int caseCount, int written, int removed);
}

/// <param name="Cases">Cases read.</param>
/// <param name="Days">Days and months the histories make (written where they differed).</param>
/// <param name="Removed">Stored days and months no history makes, removed.</param>
public sealed record RebuildReport(int Cases, int Days, int Removed);
