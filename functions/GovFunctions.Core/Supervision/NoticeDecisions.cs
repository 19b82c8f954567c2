using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// The deciders of 督办单: a supervisor over the case issues one to the department handling it, or a supervisor over a
/// department's region issues one to the department itself (a supervision file); that department's head answers.
/// </summary>
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
        var (department, _) = state.HandlingDepartment;
        return new NoticeIssued(now, caller.Subject, Notice(state.Notices.Count + 1, department, caller, command, errors, calendar, now));
    }

    /// <summary>
    /// 督办 on a department as a whole, by a supervisor over its region; <paramref name="departmentKnown"/>: the catalog
    /// names the department. The deadline is on the department's regional calendar.
    /// </summary>
    public static SupervisionFileOpened IssueOnDepartment(
        Caller caller, DepartmentNoticeCommand command, bool departmentKnown, WorkCalendar calendar, DateTimeOffset now)
    {
        StaffRules.RequireConsistentToken(caller);
        caller.Require(PlatformRole.Supervisor);
        var errors = new ValidationErrors();
        if (errors.RequireText("departmentCode", command.DepartmentCode, InputLimits.Code) && !departmentKnown)
        {
            errors.Add("departmentCode", $"'{command.DepartmentCode}' is not a department of the catalog.");
        }

        errors.ThrowIfAny();
        var department = command.DepartmentCode!;
        if (!StaffRules.SupervisesRegion(caller, RegionDirectory.RegionOfDepartment(department)))
        {
            throw new AccessDeniedException($"Department {department} is outside the region {caller.RegionCode} supervises.");
        }

        var notice = Notice(1, department, caller, command.Notice, errors, calendar, now);
        return new SupervisionFileOpened(now, caller.Subject, CaseNumber.New(now, RegionDirectory.RegionOfDepartment(department), CaseNumber.SupervisionCode).Value, notice);
    }

    private static SupervisionNotice Notice(
        int number, string department, Caller caller, NoticeCommand command, ValidationErrors errors, WorkCalendar calendar, DateTimeOffset now)
    {
        errors.RequireText("reason", command.Reason, CardDecisions.MaxTextLength);
        errors.RequireText("requirement", command.Requirement, CardDecisions.MaxTextLength);
        if (command.ResponseWorkingDays is not (>= 1 and <= MaxResponseWorkingDays))
        {
            errors.Add("responseWorkingDays", $"must be 1 to {MaxResponseWorkingDays} working days.");
        }

        errors.ThrowIfAny();
        var days = command.ResponseWorkingDays!.Value;
        return new SupervisionNotice(number, department, caller.RegionCode!, caller.Subject, now, command.Reason!.Trim(), command.Requirement!.Trim(), days,
            calendar.DeadlineAfter(now, days));
    }

    /// <summary>By an approver (the head) of the department the notice was issued to; late answers are taken and marked late.</summary>
    public static NoticeAnswered Answer(CaseState state, ServiceItem item, Caller caller, int number, string? answer, DateTimeOffset now)
    {
        StaffRules.RequireSeesAsStaff(state, item, caller);
        return AnswerSeen(state, caller, number, answer, now);
    }

    /// <summary>The answer to a notice on a department, by its head; anyone who may not see the file is told there is none.</summary>
    public static NoticeAnswered AnswerOnDepartment(CaseState file, Caller caller, string? answer, DateTimeOffset now)
    {
        RequireSeesFile(file, caller);
        return AnswerSeen(file, caller, 1, answer, now);
    }

    /// <summary>A supervision file is seen by the staff of its department and the supervisors over the department's region.</summary>
    public static void RequireSeesFile(CaseState file, Caller caller)
    {
        StaffRules.RequireConsistentToken(caller);
        if (file.Stage != CaseStage.Supervision || !StaffRules.SeesDepartment(caller, file.DepartmentCode, file.RegionCode))
        {
            throw new NotFoundException($"There is no supervision file {file.Number}.");
        }
    }

    private static NoticeAnswered AnswerSeen(CaseState state, Caller caller, int number, string? answer, DateTimeOffset now)
    {
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
