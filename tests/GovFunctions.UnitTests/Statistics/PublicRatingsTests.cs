using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>The public 好差评 figures: shares over enough ratings only, small counts hidden, a region's departments ranked.</summary>
public class PublicRatingsTests
{
    private static readonly DateTimeOffset December = new(2026, 12, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_regions_departments_are_ranked_by_satisfaction_only_with_five_ratings_or_more()
    {
        var store = new InMemoryStatisticsStore();
        Rated(store, "330300-QXJ", "330300", satisfied: 8, poor: 2);
        Rated(store, "330302-STJ", "330302", satisfied: 9, poor: 0);
        Rated(store, "330381-QXJ", "330381", satisfied: 2, poor: 1);
        Rated(store, "350700-QXJ", "350700", satisfied: 20, poor: 0);

        var report = await Public(store).RatingsAsync(null, null, "330300", "2026-12", default);

        Assert.Equal(["330302-STJ", "330300-QXJ", "330381-QXJ"], report.Rows.Select(r => r.DepartmentCode));
        Assert.Equal([1, 2, (int?)null], report.Rows.Select(r => r.Rank));
        var few = report.Rows[2];
        Assert.Equal(("<5", "<5", null, null), (few.Ratings, few.PoorRatings, few.SatisfactionRate, few.LevelShares));
        Assert.Equal(0.8, report.Rows[1].SatisfactionRate);
        Assert.Equal(0.8, report.Rows[1].LevelShares!["satisfied"]);
        Assert.Null(report.Rows[1].ItemCode);
    }

    [Fact]
    public async Task Exactly_one_of_department_item_and_region_and_no_month_to_come()
    {
        var statistics = Public(new InMemoryStatisticsStore());
        await Assert.ThrowsAsync<ValidationFailedException>(() => statistics.RatingsAsync(null, null, null, null, default));
        await Assert.ThrowsAsync<ValidationFailedException>(() => statistics.RatingsAsync("330300-QXJ", null, "330300", null, default));
        await Assert.ThrowsAsync<ValidationFailedException>(() => statistics.RatingsAsync("330300-QXJ", null, null, "2027-02", default));
        Assert.Empty((await statistics.RatingsAsync("330300-QXJ", null, null, "2026-12", default)).Rows);
    }

    private static PublicStatistics Public(InMemoryStatisticsStore store) => new(new SupervisionStatistics(store), new FakeTimeProvider(December));

    private static void Rated(InMemoryStatisticsStore store, string department, string region, int satisfied, int poor)
    {
        var scope = new CountedScope(department, "XK01001001-330300000000", region);
        var counts = new Dictionary<string, long>
        {
            [Counters.Rated] = satisfied + poor, [Counters.RatedSatisfied] = satisfied, [Counters.RatedPoor] = poor,
            [Counters.RatedLevelPrefix + "satisfied"] = satisfied, [Counters.RatedLevelPrefix + "dissatisfied"] = poor,
        };
        store.Put(StatisticsDay.Empty(scope, new DateOnly(2026, 12, 1), month: true).With("c", 1, counts));
        store.Put(StatisticsDay.Empty(scope, new DateOnly(2026, 12, 3)).With("c", 1, counts));
    }
}
