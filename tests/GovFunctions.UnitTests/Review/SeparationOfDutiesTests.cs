using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

/// <summary>回避 and 审管分离: nobody handles their own application, and 审核 and 决定 are done by two people.</summary>
public class SeparationOfDutiesTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    private static Caller Everything(string subject, string? creditCode = null) => new(
        subject, new HashSet<PlatformRole> { PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver },
        "330300-QXJ", "330300", creditCode);

    [Fact]
    public void A_token_holding_every_role_cannot_handle_the_application_it_filed()
    {
        var scenario = Submitted(Lightning, Monday);
        var self = Everything(Applicant.Subject);

        var refused = Assert.Throws<ConflictException>(() => ReviewDecisions.Accept(scenario.State, scenario.Item, self, scenario.Calendar, scenario.Now));
        Assert.Contains("回避", refused.Message);
        scenario.Accept();
        Assert.Throws<ConflictException>(() => ReviewDecisions.CompleteStep(
            scenario.State, scenario.Item, self, new StepCompletionCommand("forward", "同意"), scenario.Calendar, scenario.Now));
    }

    [Fact]
    public void Staff_tied_to_the_applying_organisation_by_their_token_cannot_handle_its_case()
    {
        var scenario = Submitted(Lightning, Monday);
        var tied = Everything("clerk-7", creditCode: scenario.State.Form.IdentityNumber);

        Assert.Throws<ConflictException>(() => ReviewDecisions.Accept(scenario.State, scenario.Item, tied, scenario.Calendar, scenario.Now));
        ReviewDecisions.Accept(scenario.State, scenario.Item, Everything("clerk-8", creditCode: "11330302002653271N"), scenario.Calendar, scenario.Now);
    }

    [Fact]
    public void Who_did_the_审核_does_not_do_the_决定_of_the_same_case()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        scenario.Forward();
        var approver = Staff(PlatformRole.Approver, "330300-QXJ", "head");
        scenario.Do((s, i, now) => ReviewDecisions.CompleteStep(s, i, approver, new StepCompletionCommand("forward", "同意"), scenario.Calendar, now));

        var refused = Assert.Throws<ConflictException>(() => ReviewDecisions.Decide(scenario.State, scenario.Item, approver,
            new DecisionCommand("approved", ["《中华人民共和国行政许可法》第三十八条"], "符合条件", "温气审〔2026〕1号"), scenario.Calendar, scenario.Now));
        Assert.Contains("审管分离", refused.Message);
        Assert.Equal(CaseStage.Decided, scenario.Decide().Stage);
    }

    [Fact]
    public void A_guide_may_ask_separation_of_any_step_or_waive_it()
    {
        var waived = Lightning with { ReviewSteps = [.. Lightning.ReviewSteps.Select(s => s.Step == "决定" ? s with { SeparateFromPrevious = false } : s)] };
        var scenario = Submitted(waived, Monday);
        scenario.Accept();
        scenario.Forward();
        var approver = Staff(PlatformRole.Approver, "330300-QXJ", "head");
        scenario.Do((s, i, now) => ReviewDecisions.CompleteStep(s, i, approver, new StepCompletionCommand("forward", "同意"), scenario.Calendar, now));
        ReviewDecisions.Decide(scenario.State, scenario.Item, approver,
            new DecisionCommand("approved", ["《中华人民共和国行政许可法》第三十八条"], "符合条件", "温气审〔2026〕1号"), scenario.Calendar, scenario.Now);

        var strict = Lightning with { ReviewSteps = [.. Lightning.ReviewSteps.Select(s => s.Step == "审核" ? s with { SeparateFromPrevious = true } : s)] };
        var both = new Caller("both", new HashSet<PlatformRole> { PlatformRole.Reviewer, PlatformRole.Approver }, "330300-QXJ", "330300");
        var other = Submitted(strict, Monday);
        other.Accept();
        other.Do((s, i, now) => ReviewDecisions.CompleteStep(s, i, both, new StepCompletionCommand("forward", "同意"), other.Calendar, now));
        Assert.Throws<ConflictException>(() => ReviewDecisions.CompleteStep(other.State, other.Item, both, new StepCompletionCommand("forward", "同意"), other.Calendar, other.Now));
    }

    [Fact]
    public void A_token_whose_department_is_not_in_its_region_is_refused()
    {
        var scenario = Submitted(Lightning, Monday);
        var mismatched = new Caller("clerk-1", new HashSet<PlatformRole> { PlatformRole.Clerk }, "330300-QXJ", "350700");

        Assert.Throws<AccessDeniedException>(() => ReviewDecisions.Accept(scenario.State, scenario.Item, mismatched, scenario.Calendar, scenario.Now));
        Assert.Throws<AccessDeniedException>(() => StaffRules.RequireConsistentToken(mismatched));
        StaffRules.RequireConsistentToken(mismatched with { RegionCode = "330300" });
        StaffRules.RequireConsistentToken(mismatched with { RegionCode = null });
    }
}
