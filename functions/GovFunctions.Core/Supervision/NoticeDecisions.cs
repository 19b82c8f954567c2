using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>The deciders of 督办单: a supervisor over the case issues one to the department handling it; that department's head answers.</summary>
public static class NoticeDecisions
{
    public const int MaxResponseWorkingDays = 20;

    /// <summary>By a supervisor of a region the case passes through, once it is submitted; the deadline on the case's own calendar.</summary>
    public static NoticeIssued Issue(CaseState state, ServiceItem item, Caller caller, NoticeCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        StaffRules.RequireConsistentToken(caller);
        caller.Require(PlatformRole.Supervisor);
        if (!StaffRules.IsSupervisorOf(state, item, caller))
        {
            throw CaseChanges.NoSuchCase(state.Number);
        }

        var errors = new ValidationErrors();
        errors.RequireText("reason", command.Reason, CardDecisions.MaxTextLength);
        errors.RequireText("requirement", command.Requirement, CardDecisions.MaxTextLength);
        if (command.ResponseWorkingDays is not (>= 1 and <= MaxResponseWorkingDays))
        {
            errors.Add("responseWorkingDays", $"must be 1 to {MaxResponseWorkingDays} working days.");
        }

        errors.ThrowIfAny();
        var (department, _) = state.HandlingDepartment;
        var days = command.ResponseWorkingDays!.Value;
        return new NoticeIssued(now, caller.Subject, new SupervisionNotice(
            state.Notices.Count + 1, department, caller.RegionCode!, caller.Subject, now, command.Reason!.Trim(), command.Requirement!.Trim(), days,
            calendar.DeadlineAfter(now, days)));
    }

    /// <summary>By an approver (the head) of the department the notice was issued to; late answers are taken and marked late.</summary>
    public static NoticeAnswered Answer(CaseState state, ServiceItem item, Caller caller, int number, string? answer, DateTimeOffset now)
    {
        StaffRules.RequireSeesAsStaff(state, item, caller);

        var notice = state.Notices.FirstOrDefault(n => n.Number == number) ?? throw new NotFoundException($"Case {state.Number} has no notice {number}.");
        caller.Require(PlatformRole.Approver);
        if (caller.DepartmentCode != notice.DepartmentCode)
        {
            throw new ConflictException($"Notice {number} of case {state.Number} was issued to department {notice.DepartmentCode}; its head answers it.");
        }

        if (notice.Answer is { } given)
        {
            throw new ConflictException($"Notice {number} of case {state.Number} was answered on {given.At:O}.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("answer", answer, CardDecisions.MaxTextLength);
        errors.ThrowIfAny();
        return new NoticeAnswered(now, caller.Subject, number, answer!.Trim());
    }
}
