using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using GovFunctions.UnitTests.Catalog;

namespace GovFunctions.UnitTests.Cases;

public class CaseDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero); // Monday 10:00 in Beijing
    private static readonly Caller Company = new("company-1", new HashSet<PlatformRole> { PlatformRole.Applicant }, CreditCode: "91350100M000100Y43");
    private static readonly Caller OtherApplicant = new("citizen-2", new HashSet<PlatformRole> { PlatformRole.Applicant });
    private static readonly Caller Clerk = new("clerk-1", new HashSet<PlatformRole> { PlatformRole.Clerk }, "330300-QXJ", "330300");
    private static readonly ServiceItem Lightning = SeedItems.Lightning with { Status = ServiceItemStatus.Published };

    private static readonly ApplicationForm CompleteForm = new()
    {
        ApplicantType = "企业法人", ApplicantName = "温州某化工有限公司", IdentityNumber = "91350100M000100Y43",
        ContactName = "王五", ContactPhone = "13800138000", Matter = "油库雷电防护装置设计审核",
    };

    private static StoredMaterial Stored(string hash) => new(hash, 1024, "application/pdf");

    private static (CaseState State, List<CaseEvent> History) Draft(ServiceItem? item = null)
    {
        var started = CaseDecisions.StartDraft(item ?? Lightning, Company, Now);
        return (CaseEvolution.Apply(null, started), [started]);
    }

    private static CaseState Record(ref CaseState state, List<CaseEvent> history, CaseEvent @event)
    {
        history.Add(@event);
        return state = CaseEvolution.Apply(state, @event);
    }

    private static CaseState ReadyToSubmit(List<CaseEvent> history)
    {
        var (state, started) = Draft();
        history.AddRange(started);
        Record(ref state, history, CaseDecisions.UpdateForm(state, Company, CompleteForm, Now));
        foreach (var slot in new[] { "M01", "M02", "M03" })
        {
            Record(ref state, history, CaseDecisions.AttachMaterial(state, Lightning, Company, slot, $"{slot}.pdf", Stored(slot), Now));
        }

        return state;
    }

    [Fact]
    public void A_draft_binds_to_the_item_version_and_the_accepting_window()
    {
        var (state, _) = Draft(SeedItems.All.Single(i => i.Code == "XK02001002-330300000000") with { Status = ServiceItemStatus.Published });

        Assert.Equal((CaseStage.Draft, "XK02001002-330300000000", "3.0"), (state.Stage, state.ItemCode, state.ItemVersion));
        // County accepts, city decides: the draft belongs to the county window (瑞安分局).
        Assert.Equal(("330381-STHJFJ", "330381"), (state.DepartmentCode, state.RegionCode));
        Assert.True(CaseNumber.TryParse(state.Number, out var number));
        Assert.Equal("330300", number.RegionCode);
        Assert.Equal(("company-1", "91350100M000100Y43"), (state.ApplicantSubject, state.CreditCode));
    }

    [Fact]
    public void Only_applicants_start_cases_and_only_for_items_that_take_online_applications()
    {
        Assert.Throws<AccessDeniedException>(() => CaseDecisions.StartDraft(Lightning, Clerk, Now));
        Assert.Throws<NotFoundException>(() => CaseDecisions.StartDraft(Lightning with { Status = ServiceItemStatus.Draft }, Company, Now));
        Assert.Throws<ConflictException>(() => CaseDecisions.StartDraft(Lightning with { OnlineLevel = "网上咨询" }, Company, Now));
    }

    [Fact]
    public void Replacing_a_material_keeps_the_old_record()
    {
        var (state, history) = Draft();

        Record(ref state, history, CaseDecisions.AttachMaterial(state, Lightning, Company, "M01", "v1.pdf", Stored("aaa"), Now));
        Record(ref state, history, CaseDecisions.AttachMaterial(state, Lightning, Company, "M01", "v2.pdf", Stored("bbb"), Now.AddMinutes(5)));

        Assert.Equal([("v1.pdf", true), ("v2.pdf", false)], state.Materials.Select(m => (m.FileName, m.Superseded)));
        Assert.Equal(["M01"], state.FilledSlots);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\a\\申请表.pdf", "申请表.pdf")]
    [InlineData("..\u0000.pdf", "pdf")]
    [InlineData("", "material")]
    public void File_names_are_kept_as_names_never_as_paths(string given, string kept)
    {
        var (state, _) = Draft();

        var attached = CaseDecisions.AttachMaterial(state, Lightning, Company, "M01", given, Stored("aaa"), Now);

        Assert.Equal(kept, attached.Material.FileName);
    }

    [Fact]
    public void An_unknown_material_slot_is_a_validation_error()
    {
        var (state, _) = Draft();

        Assert.Equal(["slotId"], Assert.Throws<ValidationFailedException>(() => CaseDecisions.SlotFor(state, Lightning, Company, "M99")).Errors.Keys);
    }

    [Fact]
    public void Submitting_an_incomplete_draft_lists_exactly_what_is_missing()
    {
        var (state, history) = Draft();
        Record(ref state, history, CaseDecisions.UpdateForm(state, Company, CompleteForm with { ContactPhone = null }, Now));
        Record(ref state, history, CaseDecisions.AttachMaterial(state, Lightning, Company, "M01", "a.pdf", Stored("aaa"), Now));

        var refused = Assert.Throws<IncompleteApplicationException>(() => CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));

        Assert.Equal(["form.contactPhone", "materials.M02", "materials.M03"], refused.Missing.Keys);
    }

    [Fact]
    public void A_complete_submission_starts_the_acceptance_clock_in_working_days()
    {
        var history = new List<CaseEvent>();
        var state = ReadyToSubmit(history);

        Record(ref state, history, CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));

        Assert.Equal(CaseStage.Submitted, state.Stage);
        // Monday 23 November + 5 working days ends at midnight after Monday 30 November, Beijing time.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), state.Clock!.Deadline);
        Assert.Equal((ClockKind.Acceptance, 5, Now), (state.Clock.Kind, state.Clock.LimitWorkingDays, state.Clock.StartedAt));
    }

    [Fact]
    public void After_submission_the_form_and_materials_are_immutable()
    {
        var history = new List<CaseEvent>();
        var state = ReadyToSubmit(history);
        Record(ref state, history, CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));

        Assert.Throws<ConflictException>(() => CaseDecisions.UpdateForm(state, Company, CompleteForm, Now));
        Assert.Throws<ConflictException>(() => CaseDecisions.AttachMaterial(state, Lightning, Company, "M01", "late.pdf", Stored("ccc"), Now));
        Assert.Throws<ConflictException>(() => CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));
    }

    [Fact]
    public void Another_applicants_case_does_not_exist_for_them()
    {
        var (state, _) = Draft();

        Assert.Throws<NotFoundException>(() => CaseDecisions.UpdateForm(state, OtherApplicant, CompleteForm, Now));
        Assert.Throws<NotFoundException>(() => CaseDecisions.Withdraw(state, OtherApplicant, "不想办了", Now));
        Assert.Throws<NotFoundException>(() => CaseDecisions.SlotFor(state, Lightning, Clerk, "M01"));
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_happens_once()
    {
        var history = new List<CaseEvent>();
        var state = ReadyToSubmit(history);
        Record(ref state, history, CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));

        Assert.Equal(["reason"], Assert.Throws<ValidationFailedException>(() => CaseDecisions.Withdraw(state, Company, " ", Now)).Errors.Keys);
        Record(ref state, history, CaseDecisions.Withdraw(state, Company, "材料需要重新准备", Now.AddDays(1)));

        Assert.Equal(CaseStage.Withdrawn, state.Stage);
        Assert.Throws<ConflictException>(() => CaseDecisions.Withdraw(state, Company, "again", Now.AddDays(2)));
    }

    [Fact]
    public void The_stored_history_replays_to_the_same_state()
    {
        var history = new List<CaseEvent>();
        var state = ReadyToSubmit(history);
        Record(ref state, history, CaseDecisions.Submit(state, Lightning, Company, WorkCalendar.Official, Now));

        var json = JsonSerializer.Serialize(history, GovJson.Options);
        var replayed = CaseEvolution.Replay(JsonSerializer.Deserialize<List<CaseEvent>>(json, GovJson.Options)!);

        Assert.Contains("\"type\":\"submitted\"", json);
        Assert.Equal(history.Count, replayed.Version);
        Assert.Equal(JsonSerializer.Serialize(state, GovJson.Options), JsonSerializer.Serialize(replayed, GovJson.Options));
    }
}
