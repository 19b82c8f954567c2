using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Review;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

public class SupplementTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    private static SupplementRequestCommand Asking(params string[] materialIds) =>
        new([.. materialIds.Select(id => new SupplementItemCommand(id, "缺少建设单位公章"))]);

    [Fact]
    public void A_supplement_request_lists_every_defect_at_once_and_stops_the_acceptance_clock()
    {
        var scenario = Submitted(Lightning, Monday);

        var state = scenario.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, scenario.Window, Asking("M01", "M03"), now));

        Assert.Equal(CaseStage.SupplementRequested, state.Stage);
        Assert.Null(state.Clock);
        Assert.Equal(["M01", "M03"], state.Supplement!.Items.Select(i => i.MaterialId));
        // 30 calendar days from the day after the request: lapses at midnight after 1 April.
        Assert.Equal(Beijing(2026, 4, 2, 0), state.Supplement.ExpiresAt);
        Assert.Equal(new CaseAlarm(state.Number, AlarmKind.SupplementExpiry, null, Beijing(2026, 4, 2, 0), state.Version), scenario.NextAlarm());
    }

    [Fact]
    public void A_supplement_request_names_every_bad_entry()
    {
        var scenario = Submitted(Lightning, Monday);
        var command = new SupplementRequestCommand([
            new SupplementItemCommand("M09", "x"), new SupplementItemCommand("M01", ""), new SupplementItemCommand("M02", "a"),
            new SupplementItemCommand("M02", "b"), null]);

        var invalid = Assert.Throws<ValidationFailedException>(() => ReviewDecisions.RequestSupplement(scenario.State, scenario.Item, scenario.Window, command, Monday));

        Assert.Equal(["items[0].materialId", "items[1].reason", "items[3].materialId", "items[4]"], invalid.Errors.Keys.Order());
        Assert.Throws<ValidationFailedException>(() => ReviewDecisions.RequestSupplement(scenario.State, scenario.Item, scenario.Window, new SupplementRequestCommand([]), Monday));
    }

    [Fact]
    public void A_supplement_is_requested_once_and_only_within_the_acceptance_limit()
    {
        var late = Submitted(Lightning, Monday);
        late.Now = Beijing(2026, 3, 10);
        Assert.Contains("第三十二条", Assert.Throws<ConflictException>(() =>
            ReviewDecisions.RequestSupplement(late.State, late.Item, late.Window, Asking("M01"), late.Now)).Message);

        var scenario = Submitted(Lightning, Monday);
        scenario.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, scenario.Window, Asking("M01"), now));
        scenario.Now = Beijing(2026, 3, 3);
        scenario.Upload("M01");
        scenario.Do((s, i, now) => ReviewDecisions.ProvideSupplement(s, i, Applicant, scenario.Calendar, now));

        Assert.Contains("once", Assert.Throws<ConflictException>(() =>
            ReviewDecisions.RequestSupplement(scenario.State, scenario.Item, scenario.Window, Asking("M02"), scenario.Now)).Message);
    }

    [Fact]
    public void The_applicant_replaces_only_the_listed_materials_and_the_acceptance_clock_restarts_from_the_supplement()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Now = Beijing(2026, 3, 3);
        scenario.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, scenario.Window, Asking("M01", "M03"), now));
        scenario.Now = Beijing(2026, 3, 16);

        Assert.Throws<ConflictException>(() => CaseDecisions.SlotFor(scenario.State, scenario.Item, Applicant, "M02"));
        scenario.Upload("M01");
        var incomplete = Assert.Throws<IncompleteApplicationException>(() =>
            ReviewDecisions.ProvideSupplement(scenario.State, scenario.Item, Applicant, scenario.Calendar, scenario.Now));
        Assert.Equal(["materials.M03"], incomplete.Missing.Keys);

        scenario.Upload("M03");
        var state = scenario.Do((s, i, now) => ReviewDecisions.ProvideSupplement(s, i, Applicant, scenario.Calendar, now));

        Assert.Equal(CaseStage.Submitted, state.Stage);
        Assert.Equal((ClockKind.Acceptance, scenario.Now, Beijing(2026, 3, 24, 0)), (state.Clock!.Kind, state.Clock.StartedAt, state.Clock.Deadline));
        Assert.Equal(scenario.Now, state.Supplement!.ProvidedAt);
        Assert.Equal("supplementProvided", CaseMilestones.TypeOf(scenario.History[^1], CaseStage.Submitted));
        Assert.Throws<ConflictException>(() => CaseDecisions.SlotFor(state, scenario.Item, Applicant, "M01"));
    }

    [Fact]
    public void Another_applicant_cannot_provide_the_supplement()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, scenario.Window, Asking("M01"), now));
        var stranger = new GovFunctions.Core.Identity.Caller("citizen-9", new HashSet<GovFunctions.Core.Identity.PlatformRole> { GovFunctions.Core.Identity.PlatformRole.Applicant });

        Assert.Throws<NotFoundException>(() => ReviewDecisions.ProvideSupplement(scenario.State, scenario.Item, stranger, scenario.Calendar, scenario.Now));
    }

    [Fact]
    public void A_supplement_not_provided_in_time_closes_the_case_as_not_accepted()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, scenario.Window, Asking("M01"), now));

        var lapsed = scenario.FireNextAlarm();

        Assert.IsType<AcceptanceRefused>(lapsed);
        Assert.Equal(CaseEvent.Platform, lapsed.By);
        Assert.Equal(Beijing(2026, 4, 2, 0), lapsed.At);
        Assert.Equal(CaseStage.NotAccepted, scenario.State.Stage);
        Assert.Equal("caseNotAccepted", CaseMilestones.TypeOf(lapsed, CaseStage.SupplementRequested));
        Assert.Throws<ConflictException>(() => ReviewDecisions.ProvideSupplement(scenario.State, scenario.Item, Applicant, scenario.Calendar, scenario.Now));
    }
}
