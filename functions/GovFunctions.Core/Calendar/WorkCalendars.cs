using System.Collections.Concurrent;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// The calendars in force: the newest version of each published year, national and regional, as last loaded from
/// <see cref="IWorkCalendarStore"/>. Until the first load (and if the store cannot be read) the notices shipped with
/// the platform stand in. Each case's clocks run on the calendar of the region that accepted it.
/// </summary>
public sealed class WorkCalendars
{
    private volatile Snapshot _current = new(WorkCalendar.ShippedYears.Select(Shipped).ToList());

    public WorkCalendar National => _current.National;

    /// <summary>The newest version of each year and region, national first.</summary>
    public IReadOnlyList<PublishedCalendarYear> Publications => _current.Publications;

    /// <summary>The calendar of a region: the national one with every overlay published for the region or a region above it.</summary>
    public WorkCalendar For(string regionCode) => _current.For(regionCode);

    /// <summary>The calendar a case's clocks run on: that of the region that accepted it.</summary>
    public WorkCalendar ForCase(Cases.CaseState state) => For(state.RegionCode);

    /// <summary>The regional publications in force that apply to <paramref name="regionCode"/> (its own and its parents').</summary>
    public IReadOnlyList<PublishedCalendarYear> OverlaysFor(string regionCode) => _current.OverlaysFor(regionCode);

    /// <summary>Takes the newest version of each year and region from <paramref name="versions"/>.</summary>
    public void Load(IEnumerable<PublishedCalendarYear> versions) =>
        _current = new Snapshot([.. versions.GroupBy(v => (v.RegionCode, v.Year)).Select(g => g.MaxBy(v => v.Version)!)]);

    /// <summary>A shipped notice as the first version of its year, published by the platform.</summary>
    public static PublishedCalendarYear Shipped(WorkCalendarYear year) =>
        new(RegionDirectory.NationalCode, year.Year, 1, year.Holidays, year.AdjustedWorkdays, year.Notice!,
            ChinaTime.StartOf(year.Notice!.PublishedOn), "platform");

    private sealed class Snapshot
    {
        private readonly ConcurrentDictionary<string, WorkCalendar> _regional = new(StringComparer.Ordinal);
        private readonly IReadOnlyList<WorkCalendarYear> _nationalYears;
        private readonly IReadOnlyList<PublishedCalendarYear> _overlays;

        public Snapshot(IReadOnlyList<PublishedCalendarYear> publications)
        {
            Publications = [.. publications.OrderBy(p => !p.IsNational).ThenBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.Year)];
            _nationalYears = [.. Publications.Where(p => p.IsNational).Select(p => p.ToYear())];
            National = new WorkCalendar(_nationalYears);
            _overlays = [.. Publications.Where(p => !p.IsNational)];
        }

        public IReadOnlyList<PublishedCalendarYear> Publications { get; }

        public WorkCalendar National { get; }

        public WorkCalendar For(string regionCode)
        {
            if (_overlays.Count == 0)
            {
                return National;
            }

            return _regional.GetOrAdd(regionCode, code =>
            {
                var overlays = OverlaysFor(code);
                if (overlays.Count == 0)
                {
                    return National;
                }

                var years = overlays.GroupBy(o => o.Year).Select(g => new WorkCalendarYear(
                    g.Key, [.. g.SelectMany(o => o.Holidays).Distinct()], [.. g.SelectMany(o => o.AdjustedWorkdays).Distinct()]));
                return new WorkCalendar(_nationalYears, years);
            });
        }

        public IReadOnlyList<PublishedCalendarYear> OverlaysFor(string regionCode) =>
            [.. _overlays.Where(o => RegionDirectory.IsWithin(regionCode, o.RegionCode))];
    }
}
