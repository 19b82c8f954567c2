using GovFunctions.Core.Calendar;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Decide, for the applicant's part of a case: each method checks who asks and what the case allows, and
/// answers the event to record or refuses. Pure: no I/O, time passed in.
/// Another applicant's case is answered as not found, so case numbers cannot be probed.
/// </summary>
public static class CaseDecisions
{
    private const string PreReviewLevel = "网上预审";

    public static DraftStarted StartDraft(ServiceItem item, Caller caller, DateTimeOffset now)
    {
        caller.Require(PlatformRole.Applicant);
        if (item.Status != ServiceItemStatus.Published)
        {
            throw new NotFoundException($"There is no published service item {item.Code}.");
        }

        if (item.Procedure == Disclosure.DisclosureDecisions.Procedure)
        {
            throw new ConflictException($"{item.Name} is requested under the 政府信息公开条例: file a disclosure request (POST /api/disclosure-requests).");
        }

        if (item.OnlineLevel == "网上咨询")
        {
            throw new ConflictException($"{item.Name} takes applications at the window only (网上咨询).");
        }

        var acceptance = item.ReviewSteps[0];
        return new DraftStarted(now, caller.Subject, CaseNumber.New(now, item.RegionCode, item.BasicCode).Value, QueryCode.New().Value,
            item.Code, item.Version!, caller.CreditCode, acceptance.DepartmentCode, acceptance.RegionCode);
    }

    public static FormUpdated UpdateForm(CaseState state, Caller caller, ApplicationForm form, DateTimeOffset now)
    {
        RequireOwnDraft(state, caller, "The form can be changed only while the case is a draft.");
        DeclaredLimits.ThrowIfExceeded(form);
        return new FormUpdated(now, caller.Subject, form);
    }

    /// <summary>
    /// The slot of the case's guide a file is uploaded for; checked before the upload is read. Files change in a
    /// draft, and after submission only for the materials a 补正 request lists, while it is open.
    /// </summary>
    public static MaterialRequirement SlotFor(CaseState state, ServiceItem item, Caller caller, string slotId)
    {
        RequireOwner(state, caller);
        var slot = item.Materials.FirstOrDefault(m => m.Id == slotId)
            ?? throw ValidationFailedException.For("slotId", $"Service item {item.Code} has no material slot '{slotId}'.");
        var supplementing = state.Stage == CaseStage.SupplementRequested && state.Supplement!.Items.Any(i => i.MaterialId == slotId);
        if (state.Stage != CaseStage.Draft && !supplementing)
        {
            throw new ConflictException(state.Stage == CaseStage.SupplementRequested
                ? $"The supplement request does not ask for material '{slotId}'."
                : "After submission a material cannot be changed.");
        }

        return slot;
    }

    public static MaterialAttached AttachMaterial(CaseState state, ServiceItem item, Caller caller, string slotId, string? fileName, StoredMaterial stored, DateTimeOffset now)
    {
        SlotFor(state, item, caller, slotId);
        return new MaterialAttached(now, caller.Subject,
            new MaterialRecord(slotId, SafeFileName(fileName), stored.Size, stored.ContentType, stored.Sha256, now, caller.Subject));
    }

    public static CaseSubmitted Submit(CaseState state, ServiceItem item, Caller caller, WorkCalendar calendar, DateTimeOffset now)
    {
        RequireOwnDraft(state, caller, "The case has been submitted already.");
        var missing = SubmissionCompleteness.Check(item, state.Form, state.FilledSlots);
        if (missing.Count > 0)
        {
            throw new IncompleteApplicationException(missing);
        }

        var limit = TimeLimits.For(item).AcceptanceWorkingDays;
        return new CaseSubmitted(now, caller.Subject, CaseClock.Start(ClockKind.Acceptance, now, limit, calendar),
            PreReview: item.OnlineLevel == PreReviewLevel);
    }

    public static CaseWithdrawn Withdraw(CaseState state, Caller caller, string? reason, DateTimeOffset now)
    {
        RequireOwner(state, caller);
        if (state.Stage is not (CaseStage.Draft or CaseStage.PreReview or CaseStage.Submitted or CaseStage.SupplementRequested or CaseStage.UnderReview))
        {
            throw new ConflictException($"Case {state.Number} is {state.Stage.ToString().ToLowerInvariant()} and can no longer be withdrawn.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("reason", reason, InputLimits.Reason);
        errors.ThrowIfAny();
        return new CaseWithdrawn(now, caller.Subject, reason!.Trim());
    }

    public static void RequireOwner(CaseState state, Caller caller)
    {
        if (!caller.IsIn(PlatformRole.Applicant) || caller.Subject != state.ApplicantSubject)
        {
            throw new NotFoundException($"There is no case {state.Number}.");
        }
    }

    private static void RequireOwnDraft(CaseState state, Caller caller, string refusal)
    {
        RequireOwner(state, caller);
        if (state.Stage != CaseStage.Draft)
        {
            throw new ConflictException(refusal);
        }
    }

    /// <summary>Only the last path segment, without control characters: a file name is shown and sent back, never used as a path.</summary>
    internal static string SafeFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        name = name.TrimStart('.');
        if (name.Length == 0)
        {
            name = "material";
        }

        return name.Length <= InputLimits.FileName ? name : name[^InputLimits.FileName..];
    }
}
