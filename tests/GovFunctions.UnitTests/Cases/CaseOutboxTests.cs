using GovFunctions.Core.Cases;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.UnitTests.Review;

namespace GovFunctions.UnitTests.Cases;

public class CaseOutboxTests
{
    private static readonly DateTimeOffset Now = ReviewScenario.Beijing(2026, 11, 23);
    private static readonly Caller Company = ReviewScenario.Applicant;

    private static CaseState Draft() => CaseEvolution.Apply(null, CaseDecisions.StartDraft(ReviewScenario.Lightning, Company, Now));

    private static CaseState Attach(CaseState state, string slot) => CaseEvolution.Apply(state,
        CaseDecisions.AttachMaterial(state, ReviewScenario.Lightning, Company, slot, slot + ".pdf", new StoredMaterial(slot, 1024, "application/pdf"), Now));

    [Fact]
    public void A_drafts_upload_owes_the_lists_nothing()
    {
        var draft = Draft();
        var drained = CaseOutbox.Started(draft) with { ViewsOutdated = false };

        var outbox = drained.Changed(draft, Attach(draft, "M01"), [], counted: null);

        Assert.True(outbox.IsEmpty);
        Assert.Equal(drained.ListedIn, outbox.ListedIn);
    }

    [Fact]
    public void A_new_applicant_name_on_the_form_owes_the_lists_a_new_line()
    {
        var draft = Draft();
        var named = CaseEvolution.Apply(draft, CaseDecisions.UpdateForm(draft, Company, new ApplicationForm { ApplicantName = "温州某化工有限公司" }, Now));

        Assert.True((CaseOutbox.Started(draft) with { ViewsOutdated = false }).Changed(draft, named, [], counted: null).ViewsOutdated);
    }

    [Fact]
    public void A_case_with_a_running_clock_owes_its_alarm_after_every_change()
    {
        // Even a change no list shows: the alarm is bound to the case's version, so it is scheduled anew.
        var accepted = ReviewScenario.Submitted(ReviewScenario.Lightning, Now).Accept();

        Assert.False(CaseLists.ShowSame(accepted, accepted));
        var draft = Draft();
        Assert.True(CaseLists.ShowSame(draft, draft));
    }

    [Fact]
    public void The_lists_a_change_will_be_shown_in_are_noted_before_they_are_written()
    {
        var scenario = ReviewScenario.Submitted(ReviewScenario.Lightning, Now);
        var submitted = scenario.State;
        var drained = new CaseOutbox(false, []) { ListedIn = CaseLists.ShownIn(submitted) };

        var accepted = scenario.Accept();
        var outbox = drained.Changed(submitted, accepted, [], counted: null);

        Assert.True(outbox.ViewsOutdated);
        Assert.Equal(CaseLists.ShownIn(submitted).Union(CaseLists.ShownIn(accepted)).Order(), outbox.ListedIn!.Order());
        var (shown, absent) = CaseLists.For(accepted, outbox.ListedIn);
        Assert.Equal(CaseLists.ShownIn(accepted), shown);
        Assert.Equal([CaseLists.WorkOf(submitted.DepartmentCode, PlatformRole.Clerk)], absent);
    }

    [Fact]
    public void A_case_stored_before_its_lists_were_kept_is_removed_from_every_list_it_could_have_been_in()
    {
        var accepted = ReviewScenario.Submitted(ReviewScenario.Lightning, Now).Accept();

        var (_, absent) = CaseLists.For(accepted, listedIn: null);

        Assert.Contains(CaseLists.WorkOf(accepted.DepartmentCode, PlatformRole.Clerk), absent);
        Assert.Contains(CaseLists.SupervisionOf(accepted.RegionCode), absent);
    }
}
