using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Statistics;

/// <summary>Where a case's counters go: its accepting department, its item, its region, and the Beijing day of the event.</summary>
public sealed record CountedScope(string DepartmentCode, string ItemCode, string RegionCode);

/// <summary>
/// The counters of one scope on one day — or, with <see cref="Month"/>, over the month that <see cref="Day"/> begins —
/// and which events of which cases they already hold: applying an event twice (a replay, a re-sent signal, a crash
/// between this write and the outbox clear) changes nothing. A month holds the same events as its days, so a long
/// period reads a document per month instead of one per day.
/// </summary>
public sealed record StatisticsDay(
    CountedScope Scope,
    DateOnly Day,
    IReadOnlyDictionary<string, long> Counters,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Applied)
{
    /// <summary>The counters are the month's that <see cref="Day"/> (its first day) begins.</summary>
    public bool Month { get; init; }

    public static StatisticsDay Empty(CountedScope scope, DateOnly day, bool month = false) =>
        new(scope, month ? DayPeriod.MonthOf(day) : day, new Dictionary<string, long>(), new Dictionary<string, IReadOnlyList<int>>()) { Month = month };

    public bool Holds(string caseNumber, int sequence) => Applied.TryGetValue(caseNumber, out var sequences) && sequences.Contains(sequence);

    /// <summary>The day with the event's counts added, or this day unchanged when it already holds them.</summary>
    public StatisticsDay With(string caseNumber, int sequence, IReadOnlyDictionary<string, long> counts)
    {
        if (Holds(caseNumber, sequence))
        {
            return this;
        }

        var counters = new Dictionary<string, long>(Counters, StringComparer.Ordinal);
        foreach (var (counter, by) in counts)
        {
            Statistics.Counters.Add(counters, counter, by);
        }

        var applied = new Dictionary<string, IReadOnlyList<int>>(Applied, StringComparer.Ordinal)
        {
            [caseNumber] = [.. Applied.GetValueOrDefault(caseNumber) ?? [], sequence],
        };
        return this with { Counters = counters, Applied = applied };
    }
}

/// <summary>A stored day with the ETag that guards its next replacement.</summary>
public sealed record StoredStatisticsDay(StatisticsDay Day, string ETag);

/// <summary>A day's (or a month's) counters without the events they hold: what the period queries read.</summary>
public sealed record DayCounters(CountedScope Scope, DateOnly Day, IReadOnlyDictionary<string, long> Counters)
{
    /// <inheritdoc cref="StatisticsDay.Month"/>
    public bool Month { get; init; }
}
