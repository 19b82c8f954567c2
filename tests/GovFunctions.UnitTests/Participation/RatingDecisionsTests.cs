using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Participation;

public sealed class RatingDecisionsTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);
    private static readonly RatingOptions Options = new();

    private static Review.ReviewScenario Decided()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        scenario.Forward();
        scenario.Forward();
        scenario.Decide();
        return scenario;
    }

    private static RatingCommand Rating(string level, string[]? reasons = null, string? comment = null, Dictionary<string, string>? dimensions = null) =>
        new(level, dimensions?.Select(d => new DimensionRatingCommand(d.Key, d.Value)).ToList(), reasons, comment);

    [Fact]
    public void The_applicant_rates_a_decided_case_once_with_its_dimensions_under_the_current_version()
    {
        var scenario = Decided();
        var rated = scenario.Do((s, _, now) => RatingDecisions.Rate(s, Applicant, Rating("verySatisfied", dimensions: new() { ["efficiency"] = "satisfied" }), Options, WorkCalendar.Official, now));

        var rating = rated.Rating!;
        Assert.Equal((RatingLevel.VerySatisfied, 5, RatingDimensions.Current.Version, "web"), (rating.Level, RatingLevels.Score(rating.Level), rating.DimensionsVersion, rating.Channel));
        Assert.Equal(RatingLevel.Satisfied, rating.Dimensions["efficiency"]);
        Assert.False(rating.IsPoor);
        Assert.Throws<ConflictException>(() => RatingDecisions.Rate(scenario.State, Applicant, Rating("satisfied"), Options, WorkCalendar.Official, scenario.Now));
    }

    [Fact]
    public void A_case_is_rated_only_once_concluded_within_the_window_and_only_by_its_applicant()
    {
        var underReview = Submitted(Lightning, Monday);
        underReview.Accept();
        Assert.Throws<ConflictException>(() => RatingDecisions.Rate(underReview.State, Applicant, Rating("satisfied"), Options, WorkCalendar.Official, underReview.Now));

        var scenario = Decided();
        Assert.Throws<NotFoundException>(() => RatingDecisions.Rate(scenario.State, scenario.Window, Rating("verySatisfied"), Options, WorkCalendar.Official, scenario.Now));
        var decidedAt = scenario.State.Decision!.At;
        Assert.Throws<ConflictException>(() => RatingDecisions.Rate(scenario.State, Applicant, Rating("satisfied"), Options, WorkCalendar.Official, decidedAt.AddDays(Options.WindowDays).AddMinutes(1)));
        RatingDecisions.Rate(scenario.State, Applicant, Rating("satisfied"), Options, WorkCalendar.Official, decidedAt.AddDays(Options.WindowDays));

        var refused = Submitted(Lightning, Monday);
        refused.Do((s, i, now) => ReviewDecisions.RejectAcceptance(s, i, refused.Window, new RefusalCommand("不属于本机关职权范围"), now));
        RatingDecisions.Rate(refused.State, Applicant, Rating("basicallySatisfied"), Options, WorkCalendar.Official, refused.Now);

        var withdrawn = Submitted(Lightning, Monday);
        withdrawn.Do((s, _, now) => CaseDecisions.Withdraw(s, Applicant, "不再需要", now));
        Assert.Throws<ConflictException>(() => RatingDecisions.Rate(withdrawn.State, Applicant, Rating("satisfied"), Options, WorkCalendar.Official, withdrawn.Now));
    }

    [Fact]
    public void A_poor_rating_gives_a_published_reason_or_a_comment_and_unknown_levels_and_dimensions_are_refused()
    {
        var state = Decided().State;
        var now = state.Decision!.At;

        Assert.Equal(["reasons"], Fields(() => RatingDecisions.Rate(state, Applicant, Rating("dissatisfied"), Options, WorkCalendar.Official, now)));
        Assert.Equal(["reasons"], Fields(() => RatingDecisions.Rate(state, Applicant, Rating("veryDissatisfied", ["随便写的"]), Options, WorkCalendar.Official, now)));
        Assert.Equal(["level"], Fields(() => RatingDecisions.Rate(state, Applicant, Rating("great"), Options, WorkCalendar.Official, now)));
        Assert.Equal(["dimensions[0].dimension"], Fields(() => RatingDecisions.Rate(state, Applicant, Rating("satisfied", dimensions: new() { ["speed"] = "satisfied" }), Options, WorkCalendar.Official, now)));

        Assert.True(RatingDecisions.Rate(state, Applicant, Rating("veryDissatisfied", ["超时办理"]), Options, WorkCalendar.Official, now).Rating.IsPoor);
        Assert.Equal("窗口要求重复提交材料", RatingDecisions.Rate(state, Applicant, Rating("dissatisfied", comment: " 窗口要求重复提交材料 "), Options, WorkCalendar.Official, now).Rating.Comment);
    }

    private static IEnumerable<string> Fields(Action act) => Assert.Throws<ValidationFailedException>(act).Errors.Keys;
}
