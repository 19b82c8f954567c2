using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// A supervisor's dashboard for a region (and the regions below it), from the lists alone: open cases by colour, the
/// cards raised today for a clock turning yellow or red, the ten departments with the most red cases, and the open
/// notices and cards.
/// </summary>
public sealed record SupervisionOverview(
    string RegionCode,
    DateTimeOffset At,
    ColourCounts OpenCases,
    TodayCounts Today,
    IReadOnlyList<DepartmentRedCases> MostRed,
    NoticeCounts Notices,
    CardCounts Cards)
{
    public const int MostRedShown = 10;

    /// <param name="inProgress">The open cases of the region's province (its in-progress list).</param>
    /// <param name="cards">The open cards of the region's card list.</param>
    /// <param name="notices">The unanswered notices issued in or escalated to the region.</param>
    public static SupervisionOverview Of(
        string regionCode, DateTimeOffset now, IEnumerable<CaseSummary> inProgress, IReadOnlyList<CardLine> cards, IReadOnlyList<NoticeLine> notices)
    {
        var open = inProgress.Where(s => RegionDirectory.IsWithin(s.RegionCode ?? s.DepartmentCode[..6], regionCode)
            || RegionDirectory.IsWithin(s.HandlingDepartmentCode[..6], regionCode)).ToList();
        var level = open.ToLookup(s => s.Clock?.Level ?? AlarmLevel.None);
        var today = ChinaTime.DateOf(now);
        var raisedToday = cards.Where(c => ChinaTime.DateOf(c.Card.RaisedAt) == today).ToList();
        return new SupervisionOverview(
            regionCode,
            now,
            new ColourCounts(level[AlarmLevel.None].Count(), level[AlarmLevel.Warning].Count(), level[AlarmLevel.Overdue].Count()),
            new TodayCounts(raisedToday.Count(c => c.Card.Rule == CardRule.ClockWarned), raisedToday.Count(c => c.Card.Rule == CardRule.ClockOverdue)),
            [.. level[AlarmLevel.Overdue].GroupBy(s => s.HandlingDepartmentCode)
                .Select(g => new DepartmentRedCases(g.Key, g.Count()))
                .OrderByDescending(d => d.RedCases).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal)
                .Take(MostRedShown)],
            new NoticeCounts(notices.Count, notices.Count(n => n.Notice.EscalatedTo is not null), notices.Count(n => n.Notice.Deadline < now)),
            new CardCounts(cards.Count(c => c.Card.Colour == CardColour.Yellow), cards.Count(c => c.Card.Colour == CardColour.Red), cards.Count(c => c.Card.Correction is not null)));
    }
}

/// <summary>Open cases: green (clock running in time, or none), yellow (warned), red (overdue).</summary>
public sealed record ColourCounts(int Green, int Yellow, int Red);

/// <summary>Open cards raised today (Beijing) for a clock turning yellow and for one going overdue.</summary>
public sealed record TodayCounts(int Warnings, int NewOverdue);

public sealed record DepartmentRedCases(string DepartmentCode, int RedCases);

/// <summary>Unanswered notices, those escalated, and those past their deadline.</summary>
public sealed record NoticeCounts(int Open, int Escalated, int PastDeadline);

/// <summary>Open cards by colour, and those whose correction awaits a supervisor's review.</summary>
public sealed record CardCounts(int Yellow, int Red, int AwaitingReview);
