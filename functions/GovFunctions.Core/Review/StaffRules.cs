using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Review;

/// <summary>
/// Who may act on a case: staff of a department that owns a step of the case's guide (each level of a
/// multi-level item), in the role the step names. Everyone else is told there is no such case, so case
/// numbers cannot be probed across departments.
/// </summary>
public static class StaffRules
{
    private static readonly PlatformRole[] StaffRoles = [PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver];

    /// <summary>
    /// A staff token's department belongs to its region (330300-QXJ to 330300): one that says otherwise is refused (403:
    /// the token is at fault, whatever it asks for).
    /// </summary>
    public static void RequireConsistentToken(Caller caller)
    {
        if (caller.DepartmentCode is { } department && caller.RegionCode is { } region && !department.StartsWith(region + "-", StringComparison.Ordinal))
        {
            throw new AccessDeniedException($"The token's department {department} is not in its region {region}; it is refused.");
        }
    }

    /// <summary>
    /// 回避: nobody handles a case they applied for, or one filed for the organisation or person their token is tied to
    /// (its credit code).
    /// </summary>
    public static void RequireNotParty(CaseState state, Caller caller)
    {
        if (caller.Subject == state.ApplicantSubject
            || caller.CreditCode is { Length: > 0 } tie && (tie == state.CreditCode || string.Equals(tie, state.Form.IdentityNumber, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException($"回避: {caller.Subject} is a party to case {state.Number} and may not handle it.");
        }
    }

    /// <summary>Whether the token carries a role of a department's staff (clerk, reviewer, approver).</summary>
    public static bool IsStaff(Caller caller) => StaffRoles.Any(caller.IsIn);

    /// <summary>Staff (clerk, reviewer, approver) of the department.</summary>
    public static bool IsStaffOf(Caller caller, string? departmentCode) =>
        IsStaff(caller) && departmentCode is not null && caller.DepartmentCode == departmentCode;

    /// <summary>Staff of the department, or a supervisor of its region or of a region above it: who sees a department's records.</summary>
    public static bool SeesDepartment(Caller caller, string departmentCode, string regionCode) =>
        IsStaffOf(caller, departmentCode) || SupervisesRegion(caller, regionCode);

    /// <summary>A supervisor of the region (6 digits) or of a region above it.</summary>
    public static bool SupervisesRegion(Caller caller, string regionCode) =>
        caller.IsIn(PlatformRole.Supervisor) && caller.RegionCode is { } own && regionCode.Length == 6 && RegionDirectory.IsWithin(regionCode, own);

    /// <summary>A supervisor of a region the case passes through (its own, or a review step's), once it is submitted.</summary>
    public static bool IsSupervisorOf(CaseState state, ServiceItem item, Caller caller) =>
        caller.IsIn(PlatformRole.Supervisor) && state.Stage != CaseStage.Draft && caller.RegionCode is { } region
        && (region == state.RegionCode || item.ReviewSteps.Any(s => s.RegionCode == region));

    public static bool IsInvolved(CaseState state, ServiceItem item, Caller caller) =>
        state.Stage != CaseStage.Draft
        && IsStaff(caller)
        && caller.DepartmentCode is { } department
        && (department == state.DepartmentCode || item.ReviewSteps.Any(s => s.DepartmentCode == department));

    /// <summary>Who sees a case as staff: staff of a department its guide involves, or a supervisor of a region it passes through.</summary>
    public static bool SeesAsStaff(CaseState state, ServiceItem item, Caller caller) => IsInvolved(state, item, caller) || IsSupervisorOf(state, item, caller);

    /// <summary>The same, of a consistent token; to anyone else the case does not exist.</summary>
    public static void RequireSeesAsStaff(CaseState state, ServiceItem item, Caller caller)
    {
        RequireConsistentToken(caller);
        if (!SeesAsStaff(state, item, caller))
        {
            throw new NotFoundException($"There is no case {state.Number}.");
        }
    }

    public static void RequireInvolved(CaseState state, ServiceItem item, Caller caller)
    {
        RequireConsistentToken(caller);
        if (!IsInvolved(state, item, caller))
        {
            throw new NotFoundException($"There is no case {state.Number}.");
        }
    }

    /// <summary>The accepting window's acts: pre-review, acceptance, 补正, delivery.</summary>
    public static void RequireWindow(CaseState state, ServiceItem item, Caller caller, CaseStage stage, string act)
    {
        RequireInvolved(state, item, caller);
        caller.Require(PlatformRole.Clerk);
        RequireNotParty(state, caller);
        RequireStage(state, stage, act);
        if (caller.DepartmentCode != state.DepartmentCode)
        {
            throw new ConflictException($"Only the accepting window of department {state.DepartmentCode} can {act}.");
        }
    }

    /// <summary>The current review step's acts: complete, suspend, resume, decide. Returns the step.</summary>
    public static StepRecord RequireStepOwner(CaseState state, ServiceItem item, Caller caller, string act)
    {
        RequireInvolved(state, item, caller);
        if (!caller.IsIn(PlatformRole.Reviewer) && !caller.IsIn(PlatformRole.Approver))
        {
            throw new AccessDeniedException($"To {act} needs the 'reviewer' or 'approver' role.");
        }

        RequireNotParty(state, caller);
        RequireStage(state, CaseStage.UnderReview, act);
        var step = state.CurrentStep!;
        if (caller.DepartmentCode != step.DepartmentCode || !caller.IsIn(step.Role))
        {
            throw new ConflictException(
                $"The current step {step.Step} of case {state.Number} is with the {step.Role.ToString().ToLowerInvariant()} of department {step.DepartmentCode}.");
        }

        if (state.Steps.Count > 1 && state.Steps[^2] is { CompletedBy: { } previous } before && previous == caller.Subject
            && MustBeSeparate(item.ReviewSteps[step.Index], before))
        {
            throw new ConflictException($"审管分离: {step.Step} of case {state.Number} is done by someone other than who did {before.Step}.");
        }

        return step;
    }

    private static bool MustBeSeparate(ReviewStep step, StepRecord previous) =>
        step.SeparateFromPrevious ?? (step.Step == "决定" && previous.Step == "审核");

    public static void RequireStage(CaseState state, CaseStage stage, string act)
    {
        if (state.Stage != stage)
        {
            throw new ConflictException(
                $"Case {state.Number} is {Describe(state.Stage)}; to {act} it must be {Describe(stage)}.");
        }
    }

    private static string Describe(CaseStage stage) => stage switch
    {
        CaseStage.PreReview => "awaiting pre-review",
        CaseStage.Submitted => "awaiting acceptance",
        CaseStage.SupplementRequested => "awaiting a supplement",
        CaseStage.NotAccepted => "not accepted",
        CaseStage.UnderReview => "under review",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
