using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Participation;

/// <summary>
/// The deciders of 差评整改: the poor rating opens it against the department that served the applicant (the accepting
/// window); that department's staff record the call-back, its head the outcome; a supervisor of its region (or above)
/// decides an appeal; the applicant rates the handling once the outcome is final.
/// </summary>
public static class RectificationDecisions
{
    public const int MaxTextLength = 2000;

    public static readonly IReadOnlySet<string> Channels = new HashSet<string> { "phone", "sms", "visit", "online" };

    /// <summary>The rectification a poor rating opens: the call-back limit running, the outcome due by the rectification limit.</summary>
    public static Rectification Open(CaseState state, RatingOptions options, WorkCalendar calendar, DateTimeOffset now)
    {
        var (department, region) = state.HandlingDepartment;
        return new Rectification(department, region, now, options.RectificationWorkingDays, calendar.DeadlineAfter(now, options.RectificationWorkingDays))
        {
            Clock = CaseClock.Start(ClockKind.CallBack, now, options.CallBackWorkingDays, calendar),
        };
    }

    /// <summary>回访核实, by the department's staff; the outcome's limit (from the rating) runs from here.</summary>
    public static RatingCalledBack RecordCallBack(CaseState state, ServiceItem item, Caller caller, CallBackCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        var rectification = Owed(state, item, caller);
        if (rectification.CallBack is { } done)
        {
            throw new ConflictException($"The call-back on the rating of case {state.Number} was recorded on {done.At:O}.");
        }

        var errors = new ValidationErrors();
        if (command.ContactedAt is not { } contacted || contacted > now || contacted < rectification.OpenedAt)
        {
            errors.Add("contactedAt", "must be when the applicant was reached: after the rating, not in the future.");
        }

        errors.RequireOneOf("channel", command.Channel, Channels);
        errors.RequireText("summary", command.Summary, MaxTextLength);
        errors.ThrowIfAny();
        return new RatingCalledBack(now, caller.Subject, command.ContactedAt!.Value, command.Channel!, command.Summary!.Trim(),
            new CaseClock(ClockKind.Rectification, rectification.OpenedAt, rectification.LimitWorkingDays, rectification.Deadline)
            {
                Provisional = calendar.IsProvisional(rectification.OpenedAt, rectification.Deadline),
            });
    }

    /// <summary>The outcome, by the department's head (an approver), once the call-back is recorded.</summary>
    public static RectificationConcluded Conclude(CaseState state, ServiceItem item, Caller caller, RectificationCommand command, DateTimeOffset now)
    {
        var rectification = Owed(state, item, caller);
        caller.Require(PlatformRole.Approver);
        if (rectification.Outcome is { } given)
        {
            throw new ConflictException($"The rectification of case {state.Number} was concluded ({given.Kind}) on {given.At:O}.");
        }

        if (rectification.CallBack is null)
        {
            throw new ConflictException($"The applicant of case {state.Number} has not been called back yet: 回访核实 comes first.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("outcome", command.Outcome, KindNames.Keys.ToHashSet());
        errors.RequireText("text", command.Text, MaxTextLength);
        errors.ThrowIfAny();
        return new RectificationConcluded(now, caller.Subject, KindNames[command.Outcome!], command.Text!.Trim());
    }

    /// <summary>A supervisor of the department's region, or of a region above it, decides an appeal, with reasons.</summary>
    public static RatingAppealDecided DecideAppeal(CaseState state, ServiceItem item, Caller caller, AppealDecisionCommand command, DateTimeOffset now)
    {
        StaffRules.RequireSeesAsStaff(state, item, caller);
        var rectification = state.Rectification ?? throw new NotFoundException($"Case {state.Number} has no rectification.");
        caller.Require(PlatformRole.Supervisor);
        if (!StaffRules.SupervisesRegion(caller, rectification.RegionCode))
        {
            throw new ConflictException($"The rectification of case {state.Number} is supervised in region {rectification.RegionCode}.");
        }

        if (rectification.Outcome is not { Kind: RectificationKind.Appealed } || rectification.Appeal is not null)
        {
            throw new ConflictException($"The rectification of case {state.Number} has no appeal awaiting a decision.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("decision", command.Decision, AppealDecisions);
        errors.RequireText("reasons", command.Reasons, MaxTextLength);
        errors.ThrowIfAny();
        return new RatingAppealDecided(now, caller.Subject, command.Decision == "upheld", command.Reasons!.Trim());
    }

    /// <summary>The applicant rates the handling, once, when its outcome is final.</summary>
    public static RectificationRated RateHandling(CaseState state, Caller caller, HandlingRatingCommand command, DateTimeOffset now)
    {
        CaseDecisions.RequireOwner(state, caller);
        caller.Require(PlatformRole.Applicant);
        var rectification = state.Rectification ?? throw new ConflictException($"Case {state.Number} has no rectification to rate.");
        if (!rectification.IsSettled)
        {
            throw new ConflictException($"The rectification of case {state.Number} is not concluded yet.");
        }

        if (rectification.HandlingRating is { } given)
        {
            throw new ConflictException($"The handling of the rating of case {state.Number} was rated on {given.At:O}.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("level", command.Level, HandlingNames.Keys.ToHashSet());
        errors.ThrowIfAny();
        return new RectificationRated(now, caller.Subject, HandlingNames[command.Level!]);
    }

    /// <summary>The open rectification, for staff of its own department; others who see the case are refused, the rest told there is no case.</summary>
    private static Rectification Owed(CaseState state, ServiceItem item, Caller caller)
    {
        StaffRules.RequireSeesAsStaff(state, item, caller);
        var rectification = state.Rectification ?? throw new NotFoundException($"Case {state.Number} has no rectification.");
        if (!StaffRules.IsStaff(caller) || caller.DepartmentCode != rectification.DepartmentCode)
        {
            throw new AccessDeniedException($"The rectification of case {state.Number} is owed by department {rectification.DepartmentCode}.");
        }

        return rectification;
    }

    private static readonly IReadOnlySet<string> AppealDecisions = new HashSet<string> { "upheld", "rejected" };

    private static readonly IReadOnlyDictionary<string, RectificationKind> KindNames = Named<RectificationKind>();

    /// <summary>The levels a handling is rated with, by their JSON names.</summary>
    public static readonly IReadOnlyDictionary<string, HandlingLevel> HandlingNames = Named<HandlingLevel>();

    private static Dictionary<string, T> Named<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);
}
