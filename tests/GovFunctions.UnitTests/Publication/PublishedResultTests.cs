using GovFunctions.Core.Cases;
using GovFunctions.Core.Publication;
using GovFunctions.Core.Review;
using GovFunctions.UnitTests.Review;

namespace GovFunctions.UnitTests.Publication;

public sealed class PublishedResultTests
{
    private static readonly DateTimeOffset Monday = ReviewScenario.Beijing(2027, 3, 8, 9);

    /// <summary>Accepted on Monday, forwarded on Tuesday and Wednesday, decided on Thursday.</summary>
    private static ReviewScenario Decided(bool publishes = true)
    {
        var scenario = ReviewScenario.Submitted(ReviewScenario.Lightning with { PublishResults = publishes }, Monday);
        scenario.Accept();
        for (var day = 1; day <= 2; day++)
        {
            scenario.Now = Monday.AddDays(day);
            scenario.Forward();
        }

        scenario.Now = Monday.AddDays(3);
        scenario.Decide();
        return scenario;
    }

    [Fact]
    public void An_organisations_decision_is_published_by_name_and_credit_code_with_the_review_time_against_its_limit()
    {
        var scenario = ReviewScenario.Submitted(ReviewScenario.Lightning, Monday);
        var limit = scenario.Accept().Clock!.LimitWorkingDays;
        var state = Decided().State;

        var result = PublishedResult.Of(state)!;

        Assert.Equal(ReviewScenario.Lightning.Name, result.ItemName);
        Assert.Equal("温州某化工有限公司", result.ApplicantName);
        Assert.Equal("91350100M000100Y43", result.ApplicantCreditCode);
        Assert.Equal(DecisionOutcome.Approved, result.Outcome);
        Assert.Equal("温气审〔2026〕1号", result.ResultDocument);
        Assert.Equal(new DateOnly(2027, 3, 11), result.DecidedOn);
        Assert.Equal(3, result.WorkingDaysUsed);
        Assert.Equal(limit, result.LimitWorkingDays);
        Assert.Contains(CaseLists.PublishedOfItem(ReviewScenario.Lightning.Code, new DateOnly(2027, 3, 1)), CaseLists.ShownIn(state));
        Assert.Contains(CaseLists.PublishedOfDepartment("330300-QXJ", new DateOnly(2027, 3, 1)), CaseLists.ShownIn(state));
        Assert.Null(CaseSummary.Published(state).ApplicantName);
    }

    [Fact]
    public void The_public_line_of_a_poorly_rated_decision_holds_nothing_of_its_rectification()
    {
        var scenario = Decided();
        scenario.Do((s, _, now) => GovFunctions.Core.Participation.RatingDecisions.Rate(
            s, ReviewScenario.Applicant, new GovFunctions.Core.Participation.RatingCommand("veryDissatisfied", null, null, "窗口人员态度差"), new(), scenario.Calendar, now));
        scenario.Do((s, i, now) => GovFunctions.Core.Participation.RectificationDecisions.RecordCallBack(
            s, i, scenario.Window, new GovFunctions.Core.Participation.CallBackCommand(now, "phone", "已联系申请人王五 13800138000"), scenario.Calendar, now));

        Assert.NotNull(CaseSummary.Of(scenario.State).Rectification);
        var line = CaseSummary.Published(scenario.State);
        Assert.Null(line.Rectification);
        Assert.DoesNotContain("13800138000", System.Text.Json.JsonSerializer.Serialize(line, GovFunctions.Core.Serialization.GovJson.Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("自然人", "欧阳娜娜", "11010519491231002X", "欧***")]
    [InlineData("自然人", "张三", "91350100M000100Y43", "张*")]        // a credit code on a natural person's form publishes nothing of it
    [InlineData("企业法人", "李四", "1101051949123100", "李*")]        // no valid credit code: treated as a person
    public void A_natural_person_is_published_masked_and_without_any_number(string type, string name, string number, string published)
    {
        var state = Decided().State;
        state = state with { Form = state.Form with { ApplicantType = type, ApplicantName = name, IdentityNumber = number, ContactPhone = "13912345678" } };

        var result = PublishedResult.Of(state)!;

        Assert.Equal(published, result.ApplicantName);
        Assert.Null(result.ApplicantCreditCode);
    }

    [Fact]
    public void A_sole_trader_with_a_credit_code_is_published_as_registered()
    {
        var state = Decided().State;
        state = state with { Form = state.Form with { ApplicantType = "个体工商户", ApplicantName = "鹿城区张记五金店", IdentityNumber = "91350100M000100Y43" } };

        Assert.Equal("鹿城区张记五金店", PublishedResult.Of(state)!.ApplicantName);
    }

    [Fact]
    public void An_item_that_does_not_publish_lists_nothing()
    {
        var state = Decided(publishes: false).State;

        Assert.Null(PublishedResult.Of(state));
        Assert.DoesNotContain(CaseLists.ShownIn(state), CaseLists.IsPublication);
    }
}
