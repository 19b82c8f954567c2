using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// The deciders of 投诉. Supervision of the complaint's region (or above) accepts, declines, assigns, closes and returns;
/// the head (approver) of the assigned department answers; the complainant rates the handling once it is settled.
/// Whoever may not see a complaint is told there is none.
/// </summary>
public static class ComplaintDecisions
{
    public const int MaxTextLength = 2000;

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "case", "department", "window", "item" };

    public static readonly IReadOnlySet<string> ContactChannels = new HashSet<string>(StringComparer.Ordinal) { "phone", "email", "post" };

    /// <summary>
    /// The complaint about <paramref name="target"/> (resolved by the caller from the command: the case, the department,
    /// the item). Anonymous (<paramref name="caller"/> null) complainants must leave a contact; only applicants file signed in.
    /// </summary>
    public static ComplaintFiled File(
        Caller? caller, ComplaintCommand command, ComplaintTarget target, ComplaintOptions options, WorkCalendar calendar, DateTimeOffset now)
    {
        caller?.Require(PlatformRole.Applicant);
        var errors = new ValidationErrors();
        errors.RequireText("text", command.Text, MaxTextLength);
        var contact = command.Contact;
        if (contact is not null || caller is null)
        {
            if (contact is null)
            {
                errors.Add("contact", "an anonymous complaint needs a contact channel: how supervision can reach the complainant.");
            }
            else
            {
                errors.RequireOneOf("contact.channel", contact.Channel, ContactChannels);
                errors.RequireText("contact.value", contact.Value, InputLimits.ShortText);
            }
        }

        errors.ThrowIfAny();
        var number = CaseNumber.New(now, RegionDirectory.RegionOfDepartment(target.DepartmentCode), CaseNumber.ComplaintCode).Value;
        var complaint = new Complaint(
            target, command.Text!.Trim(), caller?.Subject,
            contact is null ? null : new ComplaintContact(contact.Channel!, contact.Value!.Trim()), command.Publishable == true, now)
        {
            PersonNames = target.PersonNames,
        };
        return new ComplaintFiled(now, caller?.Subject ?? CaseEvent.Anonymous, number, QueryCode.New().Value, RegionDirectory.RegionOfDepartment(target.DepartmentCode), complaint,
            CaseClock.Start(ClockKind.ComplaintAcceptance, now, options.AcceptanceWorkingDays, calendar));
    }

    /// <summary>What the command says the complaint is about, before it is resolved: its kind, and the field that kind needs.</summary>
    public static string RequireKind(ComplaintCommand command)
    {
        var errors = new ValidationErrors();
        errors.RequireOneOf("about", command.About, Kinds);
        errors.ThrowIfAny();
        var (field, value) = command.About switch
        {
            "case" => ("caseNumber", command.CaseNumber),
            "item" => ("itemCode", command.ItemCode),
            _ => ("departmentCode", command.DepartmentCode),
        };
        errors.RequireText(field, value, InputLimits.Code);
        if (command.About == "window")
        {
            errors.RequireText("window", command.Window, InputLimits.ShortText);
        }

        errors.ThrowIfAny();
        return command.About!;
    }

    public static ComplaintAccepted Accept(CaseState state, Caller caller, string? note, DateTimeOffset now)
    {
        Supervised(state, caller, ComplaintStatus.Filed, "accepted");
        return new ComplaintAccepted(now, caller.Subject, Text("note", note, required: false) ?? "");
    }

    public static ComplaintDeclined Decline(CaseState state, Caller caller, string? reasons, DateTimeOffset now)
    {
        Supervised(state, caller, ComplaintStatus.Filed, "declined");
        return new ComplaintDeclined(now, caller.Subject, Text("text", reasons, required: true)!);
    }

    /// <param name="departmentKnown">The catalog names the department.</param>
    public static ComplaintAssigned Assign(
        CaseState state, Caller caller, string? departmentCode, bool departmentKnown, ComplaintOptions options, WorkCalendar calendar, DateTimeOffset now)
    {
        Supervised(state, caller, ComplaintStatus.Accepted, "assigned");
        var errors = new ValidationErrors();
        if (errors.RequireText("departmentCode", departmentCode, InputLimits.Code) && !departmentKnown)
        {
            errors.Add("departmentCode", $"'{departmentCode}' is not a department of the catalog.");
        }

        errors.ThrowIfAny();
        if (!StaffRules.SupervisesRegion(caller, RegionDirectory.RegionOfDepartment(departmentCode!)))
        {
            throw new AccessDeniedException($"Department {departmentCode} is outside the region {caller.RegionCode} supervises.");
        }

        return new ComplaintAssigned(now, caller.Subject, departmentCode!, CaseClock.Start(ClockKind.ComplaintHandling, now, options.HandlingWorkingDays, calendar));
    }

    /// <summary>By the head of the assigned department; its other staff see the complaint but do not answer it.</summary>
    public static ComplaintAnswered Answer(CaseState state, Caller caller, string? answer, DateTimeOffset now)
    {
        var complaint = Seen(state, caller);
        if (!StaffRules.IsStaffOf(caller, complaint.AssignedTo))
        {
            throw new AccessDeniedException($"Complaint {state.Number} is answered by the head of the department it was assigned to.");
        }

        caller.Require(PlatformRole.Approver);
        RequireStatus(state, complaint, ComplaintStatus.Assigned, "answered");
        return new ComplaintAnswered(now, caller.Subject, Text("text", answer, required: true)!);
    }

    public static ComplaintClosed Close(CaseState state, Caller caller, string? summary, DateTimeOffset now)
    {
        Supervised(state, caller, ComplaintStatus.Answered, "closed");
        return new ComplaintClosed(now, caller.Subject, Text("text", summary, required: true)!);
    }

    public static ComplaintAnswerReturned Return(CaseState state, Caller caller, string? reasons, ComplaintOptions options, WorkCalendar calendar, DateTimeOffset now)
    {
        Supervised(state, caller, ComplaintStatus.Answered, "returned");
        return new ComplaintAnswerReturned(now, caller.Subject, Text("text", reasons, required: true)!,
            CaseClock.Start(ClockKind.ComplaintHandling, now, options.HandlingWorkingDays, calendar));
    }

    /// <summary>Once closed or declined, by the complainant: signed in, or (anonymous) holding the number and query code.</summary>
    public static ComplaintHandlingRated Rate(CaseState state, Caller? caller, bool holdsQueryCode, HandlingRatingCommand command, DateTimeOffset now)
    {
        var complaint = Of(state);
        if (!IsComplainant(complaint, caller, holdsQueryCode))
        {
            throw NoSuchComplaint(state.Number);
        }

        if (complaint.IsOpen)
        {
            throw new ConflictException($"Complaint {state.Number} is {complaint.Status}: its handling is rated once it is closed or declined.");
        }

        if (complaint.HandlingRating is { } given)
        {
            throw new ConflictException($"The handling of complaint {state.Number} was rated on {given.At:O}.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("level", command.Level, RectificationDecisions.HandlingNames.Keys.ToHashSet());
        errors.ThrowIfAny();
        return new ComplaintHandlingRated(now, caller?.Subject ?? CaseEvent.Anonymous, RectificationDecisions.HandlingNames[command.Level!]);
    }

    /// <summary>The complainant: the signed-in subject who filed it, or whoever holds its number and query code.</summary>
    public static bool IsComplainant(Complaint complaint, Caller? caller, bool holdsQueryCode) =>
        holdsQueryCode || caller is not null && complaint.Complainant == caller.Subject;

    /// <summary>Staff see a complaint that concerns or was assigned to their department; supervisors one of their region or below.</summary>
    public static bool SeesAsStaff(CaseState state, Caller caller) =>
        state.Complaint is { } complaint
        && (StaffRules.IsStaffOf(caller, complaint.AssignedTo) || StaffRules.SeesDepartment(caller, state.DepartmentCode, state.RegionCode));

    public static NotFoundException NoSuchComplaint(string number) => new($"There is no complaint {number}.");

    private static Complaint Of(CaseState state) => state.Complaint ?? throw NoSuchComplaint(state.Number);

    private static Complaint Seen(CaseState state, Caller caller)
    {
        StaffRules.RequireConsistentToken(caller);
        return SeesAsStaff(state, caller) ? state.Complaint! : throw NoSuchComplaint(state.Number);
    }

    /// <summary>For supervision of the complaint's region or above, in <paramref name="status"/>.</summary>
    private static void Supervised(CaseState state, Caller caller, ComplaintStatus status, string what)
    {
        var complaint = Seen(state, caller);
        if (!StaffRules.SupervisesRegion(caller, state.RegionCode))
        {
            throw new AccessDeniedException($"Complaint {state.Number} is handled by the supervision of region {state.RegionCode}.");
        }

        RequireStatus(state, complaint, status, what);
    }

    private static void RequireStatus(CaseState state, Complaint complaint, ComplaintStatus status, string what)
    {
        if (complaint.Status != status)
        {
            throw new ConflictException($"Complaint {state.Number} is {complaint.Status}: it can be {what} only when {status}.");
        }
    }

    private static string? Text(string field, string? value, bool required)
    {
        var errors = new ValidationErrors();
        if (required)
        {
            errors.RequireText(field, value, MaxTextLength);
        }
        else
        {
            errors.CheckLength(field, value, MaxTextLength);
        }

        errors.ThrowIfAny();
        return value?.Trim();
    }
}
