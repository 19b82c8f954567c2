using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Disclosure;

/// <summary>
/// The deciders of 依申请公开 under the 政府信息公开条例: the request (Art. 29), its answer clock (Art. 31, 33), the one
/// extension (Art. 33) and the answer (Art. 36, 37). The department of the item handles it; its staff see it, its head
/// (approver: the disclosure office's head) extends and answers; the requester follows it.
/// </summary>
public static class DisclosureDecisions
{
    public const string Procedure = "disclosure";
    public const int MaxTextLength = 2000;
    public const int AnswerWorkingDays = 20;
    public const int MaxExtensionWorkingDays = 20;
    public const int CorrectionNoticeWorkingDays = 7;
    public const int MaxCorrectionPeriodWorkingDays = 30;
    public const int FeePaymentWorkingDays = 20;
    public const int MaxDocuments = 20;

    /// <summary>
    /// The information provided (Art. 36 (2), 37): the documents — for a partial disclosure the copy with the withheld parts
    /// redacted — checked and kept as a licensing material is, each as a slot <c>document-N</c> of the request.
    /// </summary>
    public static readonly MaterialRequirement DocumentSlot = new()
    {
        Id = "document", Name = "公开的政府信息", Form = "electronic", AcceptedFileTypes = ["pdf", "ofd", "jpg", "png"], MaxSizeMb = 50,
    };

    public static readonly IReadOnlySet<string> RequesterKinds = new HashSet<string>(StringComparer.Ordinal) { "naturalPerson", "organisation" };
    public static readonly IReadOnlySet<string> Forms = new HashSet<string>(StringComparer.Ordinal) { "paper", "electronic", "inspection" };

    /// <summary>Art. 36 (1)–(7) and Art. 37: what each answer type requires besides its text.</summary>
    public static readonly IReadOnlySet<string> AnswerTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "alreadyPublic", "disclosed", "partiallyDisclosed", "notDisclosed", "doesNotExist", "notThisAuthority", "repeated", "otherLaw",
    };

    /// <summary>Art. 29 and 31: a signed-in requester files; the platform's receipt starts the 20 working days of Art. 33.</summary>
    public static DisclosureRequested Request(Caller caller, ServiceItem item, DisclosureRequestCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        caller.Require(PlatformRole.Applicant);
        if (item.Procedure != Procedure)
        {
            throw ValidationFailedException.For("itemCode", $"{item.Name} is not requested under the 政府信息公开条例.");
        }

        var errors = new ValidationErrors();
        var requester = command.Requester;
        if (requester is null)
        {
            errors.Add("requester", "Art. 29 (1): who asks — kind, name, identity document or organisation code, and a contact.");
        }
        else
        {
            errors.RequireOneOf("requester.kind", requester.Kind, RequesterKinds);
            errors.RequireText("requester.name", requester.Name, InputLimits.PersonName);
            var number = requester.IdentityNumber?.Trim().ToUpperInvariant();
            if (errors.RequireText("requester.identityNumber", number, InputLimits.IdentityNumber)
                && !(requester.Kind == "organisation" ? ChineseIdentifiers.IsValidCreditCode(number) : ChineseIdentifiers.IsValidIdCardNumber(number)))
            {
                errors.Add("requester.identityNumber", requester.Kind == "organisation"
                    ? "must be a valid unified social credit code (GB 32100)."
                    : "must be a valid identity card number (GB 11643).");
            }

            if (new[] { requester.Phone, requester.Email, requester.Address }.All(string.IsNullOrWhiteSpace))
            {
                errors.Add("requester.contact", "Art. 29 (1): a phone, an email or an address to answer to.");
            }
        }

        errors.RequireText("description", command.Description, MaxTextLength);
        CheckForms(errors, command.Forms);

        errors.ThrowIfAny();
        var request = new DisclosureRequest(
            new Requester(requester!.Kind!, requester.Name!.Trim(), requester.IdentityNumber!.Trim().ToUpperInvariant(),
                Trimmed(requester.Phone), Trimmed(requester.Email), Trimmed(requester.Address)),
            command.Description!.Trim(), [.. command.Forms!], now);
        return new DisclosureRequested(now, caller.Subject, CaseNumber.New(now, item.RegionCode, item.BasicCode).Value, QueryCode.New().Value,
            item.Code, item.Version!, item.DepartmentCode, item.RegionCode, request,
            CaseClock.Start(ClockKind.DisclosureAnswer, now, AnswerWorkingDays, calendar));
    }

    /// <summary>
    /// Art. 30: an unclear request is answered with one notice listing everything to correct, within 7 working days of
    /// receipt, with a reasonable period; the answer clock stops until the corrected request comes.
    /// </summary>
    public static DisclosureCorrectionRequested RequestCorrection(
        CaseState state, Caller caller, DisclosureCorrectionRequestCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        var request = Handled(state, caller);
        if (request.Correction is { } asked)
        {
            throw new ConflictException($"Request {state.Number} was told what to correct on {asked.At:O}: Art. 30 asks for one notice listing everything.");
        }

        if (now >= calendar.DeadlineAfter(request.ReceivedAt, CorrectionNoticeWorkingDays))
        {
            throw new ConflictException($"Request {state.Number} was received more than {CorrectionNoticeWorkingDays} working days ago: Art. 30 allows a correction notice within them.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("items", command.Items, MaxTextLength);
        if (command.PeriodWorkingDays is not (>= 1 and <= MaxCorrectionPeriodWorkingDays))
        {
            errors.Add("periodWorkingDays", $"a reasonable period of 1 to {MaxCorrectionPeriodWorkingDays} working days.");
        }

        errors.ThrowIfAny();
        return new DisclosureCorrectionRequested(now, caller.Subject,
            new DisclosureCorrection(command.Items!.Trim(), calendar.DeadlineAfter(now, command.PeriodWorkingDays!.Value), now, caller.Subject));
    }

    /// <summary>Art. 30: the requester corrects within the period; the 20 working days of Art. 33 start again from the corrected request.</summary>
    public static DisclosureCorrected Correct(CaseState state, Caller caller, DisclosureCorrectionCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        if (state.Disclosure is not { } request || !caller.IsIn(PlatformRole.Applicant) || caller.Subject != state.ApplicantSubject)
        {
            throw NoSuchRequest(state.Number);
        }

        if (!request.AwaitsCorrection)
        {
            throw new ConflictException($"Request {state.Number} awaits no correction.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("description", command.Description, MaxTextLength);
        if (command.Forms is not null)
        {
            CheckForms(errors, command.Forms);
        }

        errors.ThrowIfAny();
        return new DisclosureCorrected(now, caller.Subject, command.Description!.Trim(), command.Forms is { } changed ? [.. changed] : request.Forms,
            CaseClock.Start(ClockKind.DisclosureAnswer, now, AnswerWorkingDays, calendar));
    }

    /// <summary>
    /// Art. 32: a third party whose rights the disclosure may affect is asked for its opinion (15 working days to give
    /// it); the time does not count towards the answer limit — the answer clock is suspended, as a review is for the
    /// procedures the licensing law excludes.
    /// </summary>
    public static CaseSuspended Consult(CaseState state, Caller caller, ConsultationCommand command, DateTimeOffset now)
    {
        Handled(state, caller);
        if (state.OpenSuspension is not null)
        {
            throw new ConflictException($"Request {state.Number} is already waiting for a third party.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("thirdParty", command.ThirdParty, InputLimits.ShortText);
        errors.RequireText("matter", command.Matter, MaxTextLength);
        errors.ThrowIfAny();
        return new CaseSuspended(now, caller.Subject, SuspensionReason.ThirdPartyConsultation, $"{command.ThirdParty!.Trim()}：{command.Matter!.Trim()}");
    }

    /// <summary>Art. 32: the third party's answer recorded; the answer clock runs on, moved by the working days the consultation took.</summary>
    public static CaseResumed RecordConsultation(CaseState state, Caller caller, ConsultationAnswerCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        Handled(state, caller);
        var consultation = state.OpenSuspension ?? throw new ConflictException($"Request {state.Number} is not waiting for a third party.");
        var errors = new ValidationErrors();
        errors.RequireText("answer", command.Answer, MaxTextLength);
        errors.ThrowIfAny();
        if (consultation.Reason != SuspensionReason.ThirdPartyConsultation)
        {
            throw new ConflictException($"Request {state.Number} is waiting for its fee, not a third party.");
        }

        return Resumed(state, consultation, command.Answer!.Trim(), calendar, now) with { By = caller.Subject };
    }

    /// <summary>The answer clock runs on, its deadline moved by the working days the pause took.</summary>
    private static CaseResumed Resumed(CaseState state, Suspension pause, string outcome, WorkCalendar calendar, DateTimeOffset now)
    {
        var paused = Math.Max(0, calendar.WorkingDaysBetween(pause.StartedAt, now));
        var clock = state.Clock!;
        var deadline = calendar.Extend(clock.Deadline, paused);
        return new CaseResumed(now, CaseEvent.Platform, paused, deadline, deadline)
        {
            ReviewDeadlineProvisional = calendar.IsProvisional(clock.StartedAt, deadline),
            Outcome = outcome,
        };
    }

    /// <summary>
    /// Art. 42: a fee notice, by the head of the disclosure office, by one method computed here — per request from
    /// <paramref name="ordinal"/> (the request's place among its requester's requests of the month), or per page; a
    /// request the method leaves free gets no notice. The answer clock stands still until the fee is paid.
    /// </summary>
    public static CaseSuspended NotifyFee(CaseState state, Caller caller, DisclosureFeeCommand command, int ordinal, WorkCalendar calendar, DateTimeOffset now)
    {
        var request = Handled(state, caller);
        caller.Require(PlatformRole.Approver);
        if (state.OpenSuspension is not null)
        {
            throw new ConflictException($"Request {state.Number} is already waiting ({state.OpenSuspension.Reason}).");
        }

        if (request.Fees.Count > 0)
        {
            throw new ConflictException($"Request {state.Number} was charged on {request.Fees[0].At:O}: one fee per request, by one method.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("method", command.Method, new HashSet<string>(StringComparer.Ordinal) { DisclosureFee.PerRequest, DisclosureFee.PerPage });
        if (command.Method == DisclosureFee.PerPage && command.Pages is not > 0)
        {
            errors.Add("pages", "the pages the information runs to, to charge per page.");
        }

        errors.ThrowIfAny();
        var perPage = command.Method == DisclosureFee.PerPage;
        var amount = perPage ? DisclosureFee.ForPages(command.Pages!.Value) : DisclosureFee.ForRequest(ordinal);
        if (amount == 0)
        {
            throw new ConflictException(perPage
                ? $"{command.Pages} pages are free (up to 30): no fee (国办函〔2020〕109号)."
                : $"This is the requester's request {ordinal} of the month: up to 10 are free (国办函〔2020〕109号).");
        }

        return new CaseSuspended(now, caller.Subject, SuspensionReason.Fee, $"信息处理费 ¥{amount}")
        {
            Fee = new DisclosureFeeNotice(command.Method!, perPage ? null : ordinal, perPage ? command.Pages : null, amount,
                calendar.DeadlineAfter(now, FeePaymentWorkingDays), now, caller.Subject),
        };
    }

    /// <summary>The payment, recorded by the department's staff (an online channel comes later); the answer clock runs on.</summary>
    public static CaseResumed RecordFeePayment(CaseState state, Caller caller, WorkCalendar calendar, DateTimeOffset now)
    {
        var request = Handled(state, caller);
        if (!request.AwaitsPayment || state.OpenSuspension is not { Reason: SuspensionReason.Fee } pause)
        {
            throw new ConflictException($"Request {state.Number} awaits no payment.");
        }

        return Resumed(state, pause, $"已缴纳信息处理费 ¥{request.Fees[^1].Amount}", calendar, now) with { By = caller.Subject, FeePaid = true };
    }

    /// <summary>Art. 33: once, at most 20 working days, by the head of the disclosure office, while the request is open.</summary>
    public static DisclosureExtended Extend(CaseState state, Caller caller, DisclosureExtensionCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        var request = Handled(state, caller);
        caller.Require(PlatformRole.Approver);
        if (request.Extension is { } granted)
        {
            throw new ConflictException($"Request {state.Number} was extended on {granted.At:O}: Art. 33 allows one extension.");
        }

        var errors = new ValidationErrors();
        if (command.WorkingDays is not (>= 1 and <= MaxExtensionWorkingDays))
        {
            errors.Add("workingDays", $"Art. 33: 1 to {MaxExtensionWorkingDays} working days.");
        }

        errors.RequireText("reason", command.Reason, MaxTextLength);
        errors.ThrowIfAny();
        var clock = state.Clock!;
        var days = command.WorkingDays!.Value;
        return new DisclosureExtended(now, caller.Subject, days, command.Reason!.Trim(),
            clock with { ExtensionWorkingDays = clock.ExtensionWorkingDays + days, Deadline = calendar.Extend(clock.Deadline, days), Level = AlarmLevel.None });
    }

    /// <summary>
    /// A document to provide, uploaded by the department's staff while the request is open; the requester reads the
    /// documents once answered. The same file twice is refused: it is already there.
    /// </summary>
    public static MaterialAttached AttachDocument(CaseState state, Caller caller, string? fileName, StoredMaterial stored, DateTimeOffset now)
    {
        RequireDocumentSpace(state, caller);
        if (state.Materials.FirstOrDefault(m => m.Sha256 == stored.Sha256) is { } same)
        {
            throw new ConflictException($"Request {state.Number} has this file already, as {same.SlotId}.");
        }

        return new MaterialAttached(now, caller.Subject,
            new MaterialRecord($"{DocumentSlot.Id}-{state.Materials.Count + 1}", CaseDecisions.SafeFileName(fileName), stored.Size, stored.ContentType, stored.Sha256, now, caller.Subject));
    }

    /// <summary>What <see cref="AttachDocument"/> requires, checked again before the file is streamed to storage.</summary>
    public static void RequireDocumentSpace(CaseState state, Caller caller)
    {
        Handled(state, caller);
        if (state.Materials.Count >= MaxDocuments)
        {
            throw new ConflictException($"Request {state.Number} has {MaxDocuments} documents, the most one answer provides.");
        }
    }

    /// <summary>Art. 36, 37: by the head of the disclosure office, with what the answer's type requires, in a form the requester asked for.</summary>
    public static DisclosureAnswered Answer(CaseState state, Caller caller, DisclosureAnswerCommand command, DateTimeOffset now)
    {
        var request = Handled(state, caller);
        caller.Require(PlatformRole.Approver);
        if (state.OpenSuspension is not null)
        {
            throw new ConflictException($"Request {state.Number} is waiting for a third party's answer (Art. 32): record it first.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("type", command.Type, AnswerTypes);
        errors.RequireText("text", command.Text, MaxTextLength);
        var articles = command.Articles?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList() ?? [];
        switch (command.Type)
        {
            case "alreadyPublic":
                errors.RequireText("location", command.Location, InputLimits.ShortText);   // Art. 36 (1): where to find it
                break;
            case "partiallyDisclosed" or "notDisclosed" when articles.Count == 0:
                errors.Add("articles", "Art. 36 (3), 37: the articles the withheld information falls under.");
                break;
            case "notThisAuthority":
                errors.RequireText("authority", command.Authority, InputLimits.ShortText);   // Art. 36 (5): the authority to ask
                break;
            case "repeated":
                errors.RequireText("earlierRequest", command.EarlierRequest, InputLimits.Code);   // Art. 36 (6)
                break;
            case "otherLaw":
                errors.RequireText("law", command.Law, InputLimits.ShortText);   // Art. 36 (7)
                break;
        }

        var delivers = command.Type is "disclosed" or "partiallyDisclosed";
        if (delivers && (command.DeliveredAs is null || !request.Forms.Contains(command.DeliveredAs)))
        {
            errors.Add("deliveredAs", $"one of the forms the requester asked for: {string.Join(", ", request.Forms)}.");
        }

        if (state.Materials.Count == 0 && (command.Type == "partiallyDisclosed" || (command.Type == "disclosed" && command.DeliveredAs == "electronic")))
        {
            errors.Add("documents", command.Type == "partiallyDisclosed"
                ? "Art. 37: upload the copy with the withheld parts redacted before answering."
                : "an electronic disclosure provides the information: upload its documents before answering.");
        }

        errors.ThrowIfAny();
        return new DisclosureAnswered(now, caller.Subject, new DisclosureAnswer(
            command.Type!, command.Text!.Trim(), Trimmed(command.Location), articles, Trimmed(command.Authority), Trimmed(command.EarlierRequest),
            Trimmed(command.Law), delivers ? command.DeliveredAs! : DisclosureAnswer.NotDelivered, now, caller.Subject));
    }

    /// <summary>The staff of the request's department, and the supervisors over its region, see it.</summary>
    public static bool SeesAsStaff(CaseState state, Caller caller) =>
        state.Disclosure is not null
        && StaffRules.SeesDepartment(caller, state.DepartmentCode, state.RegionCode);

    public static NotFoundException NoSuchRequest(string number) => new($"There is no disclosure request {number}.");

    /// <summary>An open request not awaiting its correction, for the staff of its department; supervisors see it but do not handle it.</summary>
    private static DisclosureRequest Handled(CaseState state, Caller caller)
    {
        StaffRules.RequireConsistentToken(caller);
        if (!SeesAsStaff(state, caller))
        {
            throw NoSuchRequest(state.Number);
        }

        if (!StaffRules.IsStaffOf(caller, state.DepartmentCode))
        {
            throw new AccessDeniedException($"Request {state.Number} is handled by department {state.DepartmentCode}.");
        }

        var request = state.Disclosure!;
        if (!request.IsOpen)
        {
            throw new ConflictException($"Request {state.Number} is concluded: {(request.Answer is { } answer ? $"answered on {answer.At:O}" : "abandoned uncorrected (Art. 30)")}.");
        }

        return request.AwaitsCorrection
            ? throw new ConflictException($"Request {state.Number} awaits the requester's correction (Art. 30) until {request.Correction!.Deadline:O}.")
            : request;
    }

    /// <summary>Art. 29 (3): the forms wanted, one or more, each once.</summary>
    private static void CheckForms(ValidationErrors errors, IReadOnlyList<string>? forms)
    {
        if (forms is not { Count: > 0 } || forms.Any(f => !Forms.Contains(f)) || forms.Distinct().Count() != forms.Count)
        {
            errors.Add("forms", $"Art. 29 (3): one or more of {string.Join(", ", Forms)}, each once.");
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
