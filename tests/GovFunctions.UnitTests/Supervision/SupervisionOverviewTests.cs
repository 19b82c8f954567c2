using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Supervision;

public sealed class SupervisionOverviewTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    private static CaseState Accepted(Core.Catalog.ServiceItem item)
    {
        var scenario = Submitted(item, Monday);
        scenario.Accept();
        return scenario.State;
    }

    /// <summary>Alarms fired until the clock shows <paramref name="level"/>.</summary>
    private static CaseState AtLevel(AlarmLevel level)
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        while (scenario.State.Clock!.Level != level)
        {
            scenario.FireNextAlarm();
        }

        return scenario.State;
    }

    [Fact]
    public void Counts_the_regions_open_cases_by_colour_the_departments_with_most_red_and_its_cards_and_notices()
    {
        var green = Accepted(Lightning);
        var county = Accepted(CountyAcceptsCityDecides);
        var yellow = AtLevel(AlarmLevel.Warning);
        var red = AtLevel(AlarmLevel.Overdue);
        var states = new[] { green, county, yellow, red };
        var now = red.Cards[^1].RaisedAt.AddHours(9);
        var cards = states.SelectMany(s => s.Cards.Select(c => new CardLine(s.Number, s.ItemCode, s.Stage, c))).ToList();
        var notice = new SupervisionNotice(1, "330300-QXJ", "330300", "supervisor-330300", Monday, "r", "q", 2, Monday.AddDays(2)) { EscalatedTo = "330000" };
        var notices = new[] { new NoticeLine(red.Number, red.ItemCode, red.Stage, notice) };

        var overview = SupervisionOverview.Of("330300", now, states.Select(CaseSummary.Of), cards, notices);

        Assert.Equal(new ColourCounts(2, 1, 1), overview.OpenCases);
        Assert.Equal([new DepartmentRedCases("330300-QXJ", 1)], overview.MostRed);
        Assert.Equal(new TodayCounts(0, 1), overview.Today);
        Assert.Equal(new CardCounts(Yellow: cards.Count(c => c.Card.Colour == Core.Supervision.CardColour.Yellow), Red: 1, AwaitingReview: 0), overview.Cards);
        Assert.Equal(new NoticeCounts(1, 1, 1), overview.Notices);

        // The county's overview holds only the case accepted there.
        Assert.Equal(new ColourCounts(1, 0, 0), SupervisionOverview.Of("330381", now, states.Select(CaseSummary.Of), [], []).OpenCases);
    }
}
