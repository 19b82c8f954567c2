using System.Text;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>Periods, sums over days, the indicators' formulas, the public figures' suppression and the CSV.</summary>
public class StatisticsReportTests
{
    private static readonly CountedScope Weather = new("330300-QXJ", "XK01001001-330300000000", "330300");
    private static readonly CountedScope County = new("330381-STJ", "XK02001002-330300000000", "330381");
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2027-Q1", "2027-01-01", "2027-03-31")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")]
    [InlineData("2026-11-05", "2026-11-05", "2026-11-05")]
    public void A_named_period_covers_its_days(string period, string from, string to) =>
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), StatisticsPeriod.Of(period, null, null, Today));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("2026-Q5")]
    [InlineData("26")]
    [InlineData("1999")]
    [InlineData("2026-1")]
    public void A_period_that_is_no_period_is_refused(string period)
    {
        var error = Assert.Throws<ValidationFailedException>(() => StatisticsPeriod.Of(period, null, null, Today));
        Assert.Contains("period", error.Errors.Keys);
    }

    [Fact]
    public void A_period_with_a_range_as_well_is_refused() =>
        Assert.Throws<ValidationFailedException>(() => StatisticsPeriod.Of("2026", new DateOnly(2026, 1, 1), null, Today));

    [Fact]
    public void Flows_count_inside_the_period_and_gauges_add_up_to_its_end()
    {
        var days = new[]
        {
            Day(Weather, 2026, 10, 30, (Counters.Received, 3), (Counters.Open, 3)),
            Day(Weather, 2026, 11, 2, (Counters.Received, 2), (Counters.Open, 1), (Counters.Approved, 1)),
            Day(Weather, 2026, 11, 20, (Counters.Approved, 2), (Counters.Open, -2)),
            Day(Weather, 2026, 12, 1, (Counters.Received, 5), (Counters.Open, 5)),
        };

        var november = StatisticsReport.Of(days, new StatisticsFilter(null, null, null), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), StatisticsGrouping.None);

        Assert.Equal((2, 3, 2), (november.Total.Received, november.Total.Approved, november.Total.InProgress));
    }

    [Fact]
    public void Month_rows_hold_each_months_counts_and_its_end_of_month_gauges()
    {
        var days = new[]
        {
            Day(Weather, 2026, 10, 30, (Counters.Received, 3), (Counters.Open, 3), (Counters.OpenRed, 1)),
            Day(County, 2026, 11, 20, (Counters.Received, 1), (Counters.Open, 1), (Counters.OpenRed, -1)),
        };

        var report = StatisticsReport.Of(days, new StatisticsFilter(null, null, null), new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 30), StatisticsGrouping.Month);

        Assert.Equal(["2026-10", "2026-11"], report.Rows.Select(r => r.Group));
        Assert.Equal((3, 3, 1), (report.Rows[0].Indicators.Received, report.Rows[0].Indicators.InProgress, report.Rows[0].Indicators.RedOpen));
        Assert.Equal((1, 4, 0), (report.Rows[1].Indicators.Received, report.Rows[1].Indicators.InProgress, report.Rows[1].Indicators.RedOpen));
        Assert.Equal(4, report.Total.Received);
    }

    [Fact]
    public void Whole_months_come_from_their_month_documents_and_cut_months_from_their_days()
    {
        var days = new[]
        {
            Month(Weather, 2026, 10, (Counters.Received, 30), (Counters.Open, 4)),
            Day(Weather, 2026, 10, 20, (Counters.Received, 10), (Counters.Open, 1)),
            Month(Weather, 2026, 11, (Counters.Received, 20), (Counters.Open, -2)),
            Day(Weather, 2026, 11, 3, (Counters.Received, 5), (Counters.Open, -1)),
            Day(Weather, 2026, 11, 25, (Counters.Received, 15), (Counters.Open, -1)),
        };

        Assert.Equal((50, 2), Figures(days, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)));
        Assert.Equal((10, 4), Figures(days, new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 31)));   // October cut: flows from its days, its end from the month
        Assert.Equal((35, 3), Figures(days, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 10)));    // November cut: its days up to the 10th
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "")]
    [InlineData("2026-11-01", "2026-11-30", "")]
    [InlineData("2026-11-05", "2026-11-20", "2026-11-01..2026-11-20")]
    [InlineData("2026-10-15", "2026-12-06", "2026-10-15..2026-10-31 2026-12-01..2026-12-06")]
    [InlineData("2026-10-01", "2026-12-06", "2026-12-01..2026-12-06")]
    public void Only_the_days_of_a_cut_month_are_read(string from, string to, string ranges) =>
        Assert.Equal(ranges, string.Join(' ', StatisticsReport.DaysRead(DateOnly.Parse(from), DateOnly.Parse(to)).Select(r => $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}")));

    private static (long Received, long Open) Figures(IEnumerable<DayCounters> days, DateOnly from, DateOnly to)
    {
        // What the store answers: every month up to the end, and the days of the cut months only.
        var ranges = StatisticsReport.DaysRead(from, to);
        var read = days.Where(d => d.Month ? d.Day <= to : ranges.Any(r => d.Day >= r.From && d.Day <= r.To));
        var totals = StatisticsReport.Totals(read, from, to);
        return (totals.GetValueOrDefault(Counters.Received), totals.GetValueOrDefault(Counters.Open));
    }

    private static DayCounters Month(CountedScope scope, int year, int month, params (string Counter, long Value)[] counters) =>
        Day(scope, year, month, 1, counters) with { Month = true };

    [Fact]
    public void Department_rows_split_the_total_and_a_region_filter_takes_the_regions_below_it()
    {
        var days = new[] { Day(Weather, 2026, 11, 2, (Counters.Received, 2)), Day(County, 2026, 11, 3, (Counters.Received, 1)) };

        var byDepartment = StatisticsReport.Of(days, new StatisticsFilter(null, null, null), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), StatisticsGrouping.Department);

        Assert.Equal([("330300-QXJ", 2L), ("330381-STJ", 1L)], byDepartment.Rows.Select(r => (r.Group, r.Indicators.Received)));
        Assert.True(new StatisticsFilter(null, "330300", null).Includes(County));
        Assert.False(new StatisticsFilter(null, "330381", null).Includes(Weather));
    }

    [Fact]
    public void The_indicators_follow_their_formulas()
    {
        var totals = new Dictionary<string, long>
        {
            [Counters.Received] = 10, [Counters.ReceivedOnline] = 10, [Counters.Supplemented] = 2, [Counters.Accepted] = 8, [Counters.Immediate] = 2,
            [Counters.Approved] = 5, [Counters.Denied] = 1, [Counters.NotAccepted] = 2, [Counters.ReviewTimed] = 6,
            [Counters.ConcludedOnTime] = 5, [Counters.ConcludedOverdue] = 1, [Counters.ConcludedWithinPromise] = 4,
            [Counters.ReviewWorkingDays] = 30, [Counters.StatutoryWorkingDays] = 120, [Counters.PromisedWorkingDays] = 60,
            [Counters.ReviewDaysPrefix + 1] = 1, [Counters.ReviewDaysPrefix + 3] = 2, [Counters.ReviewDaysPrefix + 5] = 2, [Counters.ReviewDaysPrefix + 13] = 1,
            [Counters.Rated] = 4, [Counters.RatedSatisfied] = 3, [Counters.RatedPoor] = 1,
            [Counters.EscalatedPrefix + "supervision"] = 2,
        };

        var i = StatisticsIndicators.Of(totals);

        Assert.Equal(6, i.Concluded);
        Assert.Equal(0.8333, i.OnTimeRate);
        Assert.Equal(0.2, i.SupplementRate);
        Assert.Equal(0.25, i.ImmediateShare);
        Assert.Equal(1d, i.OnlineShare);
        Assert.Equal(0.5, i.EvaluationRate); // 4 rated of 6 decided + 2 not accepted
        Assert.Equal(0.75, i.SatisfactionRate);
        Assert.Equal((5d, 3, 13), (i.ReviewDays.Mean, i.ReviewDays.Median, i.ReviewDays.P90));
        Assert.Equal((10d, 20d, 0.75, 0.6667), (i.ReviewDays.MeanPromised, i.ReviewDays.MeanStatutory, i.ReviewDays.SpeedUpRate, i.ReviewDays.WithinPromiseRate));
        Assert.Equal(2, i.Escalations["supervision"]);
        Assert.Null(StatisticsIndicators.Of(new Dictionary<string, long>()).OnTimeRate);
    }

    [Fact]
    public void Public_rows_hide_small_counts_and_rates_over_few_cases()
    {
        var few = StatisticsIndicators.Of(new Dictionary<string, long>
        {
            [Counters.Received] = 3, [Counters.Approved] = 12, [Counters.ReviewTimed] = 4, [Counters.ConcludedOnTime] = 4, [Counters.Rated] = 6, [Counters.RatedSatisfied] = 6,
        });

        var row = PublicStatisticsRow.Of(Weather.DepartmentCode, Weather.ItemCode, few);

        Assert.Equal(("<5", "12", "0"), (row.Received, row.Approved, row.Denied));
        Assert.Null(row.OnTimeRate);
        Assert.Equal(1d, row.SatisfactionRate);
    }

    [Fact]
    public void The_csv_has_a_header_a_total_and_quoted_fields_and_defuses_formulas()
    {
        var report = StatisticsReport.Of(
            [Day(Weather with { DepartmentCode = "=cmd|x,1" }, 2026, 11, 2, (Counters.Received, 2))],
            new StatisticsFilter(null, null, null), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), StatisticsGrouping.Department);

        var lines = StatisticsCsv.Lines(report).ToList();

        Assert.StartsWith("分组 group,收件 received,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("合计 total,2,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"'=cmd|x,1\",2,", lines[2], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.EndsWith("\r\n", l, StringComparison.Ordinal));
        Assert.Equal(lines[0].Count(c => c == ','), lines[1].Count(c => c == ','));
    }

    private static DayCounters Day(CountedScope scope, int year, int month, int day, params (string Counter, long Value)[] counters) =>
        new(scope, new DateOnly(year, month, day), counters.ToDictionary(c => c.Counter, c => c.Value));
}
