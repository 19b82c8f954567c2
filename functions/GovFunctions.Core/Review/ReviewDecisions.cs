using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Review;

/// <summary>
/// Decide, for the statutory review (行政许可法 第三十二条 to 第四十五条): each method checks the actor (role,
/// department, the step they own), the stage and the clocks, and answers the event to record or refuses with the
/// reason (409), naming every bad field at once (400). Pure: no I/O, time and calendar passed in.
/// </summary>
public static class ReviewDecisions
{
    private const int MaxReasonLength = 500;
    private const int MaxOpinionLength = 2000;
    private const string Post = "邮寄送达";

    private static readonly IReadOnlySet<string> PreReviewOutcomes = new HashSet<string> { "pass", "return" };
    private static readonly IReadOnlySet<string> StepOutcomes = new HashSet<string> { "forward", "return" };
    private static readonly IReadOnlySet<string> DecisionOutcomes = new HashSet<string> { "approved", "denied" };
    private static readonly IReadOnlyDictionary<string, SuspensionReason> SuspensionReasons =
        Enum.GetValues<SuspensionReason>().ToDictionary(r => char.ToLowerInvariant(r.ToString()[0]) + r.ToString()[1..]);

    public static CasePreReviewed PreReview(CaseState state, ServiceItem item, Caller caller, PreReviewCommand command, DateTimeOffset now)
    {
        StaffRules.RequireWindow(state, item, caller, CaseStage.PreReview, "pre-review it");
        var errors = new ValidationErrors();
        errors.RequireOneOf("outcome", command.Outcome, PreReviewOutcomes);
        var passed = command.Outcome == "pass";
        if (!passed)
        {
            errors.RequireText("reason", command.Reason, MaxReasonLength);
        }

        errors.ThrowIfAny();
        return new CasePreReviewed(now, caller.Subject, passed, command.Reason?.Trim());
    }

    /// <summary>
    /// 受理. Accepted within the acceptance limit, the review clock starts now; accepted late, it starts when the
    /// materials arrived (第三十二条: not told of defects within five days, the application counts as accepted
    /// from the day it was received).
    /// </summary>
    public static CaseAccepted Accept(CaseState state, ServiceItem item, Caller caller, WorkCalendar calendar, DateTimeOffset now)
    {
        StaffRules.RequireWindow(state, item, caller, CaseStage.Submitted, "accept it");
        var acceptance = state.Clock!;
        var limits = TimeLimits.For(item);
        var start = now < acceptance.Deadline ? now : acceptance.StartedAt;
        var review = CaseClock.Start(ClockKind.Review, start, limits.ReviewWorkingDays, calendar);
        return new CaseAccepted(now, caller.Subject, review, StartStep(item, 1, review, calendar, now));
    }

    /// <summary>不予受理, with the reason the applicant is told in writing (第三十二条).</summary>
    public static AcceptanceRefused RejectAcceptance(CaseState state, ServiceItem item, Caller caller, RefusalCommand command, DateTimeOffset now)
    {
        StaffRules.RequireWindow(state, item, caller, CaseStage.Submitted, "refuse it");
        var errors = new ValidationErrors();
        errors.RequireText("reason", command.Reason, MaxReasonLength);
        errors.ThrowIfAny();
        return new AcceptanceRefused(now, caller.Subject, command.Reason!.Trim());
    }

    /// <summary>
    /// 补正: everything missing or defective, once, within the acceptance limit (第三十二条: 一次告知 within five
    /// days; after that the application counts as accepted and can only be accepted or refused).
    /// </summary>
    public static SupplementRequested RequestSupplement(
        CaseState state, ServiceItem item, Caller caller, SupplementRequestCommand command, DateTimeOffset now)
    {
        StaffRules.RequireWindow(state, item, caller, CaseStage.Submitted, "ask for a supplement");
        if (state.Supplement is not null)
        {
            throw new ConflictException("A supplement was requested once already: the law wants every defect listed in one request (第三十二条).");
        }

        if (now >= state.Clock!.Deadline)
        {
            throw new ConflictException("The acceptance limit has passed, so the application counts as accepted (第三十二条); accept it or refuse it.");
        }

        var errors = new ValidationErrors();
        var items = new List<SupplementItem>();
        if (command.Items is not { Count: > 0 })
        {
            errors.Add("items", "must list every missing or defective material.");
        }
        else
        {
            for (var i = 0; i < command.Items.Count; i++)
            {
                var field = $"items[{i}]";
                if (command.Items[i] is not { } entry)
                {
                    errors.Add(field, "must be an object.");
                    continue;
                }

                var reasonOk = errors.RequireText($"{field}.reason", entry.Reason, MaxReasonLength);
                if (!errors.RequireText($"{field}.materialId", entry.MaterialId, 20))
                {
                    continue;
                }

                if (item.Materials.All(m => m.Id != entry.MaterialId))
                {
                    errors.Add($"{field}.materialId", $"service item {item.Code} has no material '{entry.MaterialId}'.");
                }
                else if (items.Any(x => x.MaterialId == entry.MaterialId))
                {
                    errors.Add($"{field}.materialId", $"'{entry.MaterialId}' is listed twice.");
                }
                else if (reasonOk)
                {
                    items.Add(new SupplementItem(entry.MaterialId!, entry.Reason!.Trim()));
                }
            }
        }

        errors.ThrowIfAny();
        // The period runs from the day after the request and ends at midnight after its last day (民法典 第二百零一条).
        var expiresAt = ChinaTime.StartOf(ChinaTime.DateOf(now).AddDays(TimeLimits.For(item).SupplementPeriodDays + 1));
        return new SupplementRequested(now, caller.Subject, items, expiresAt);
    }

    /// <summary>The applicant has replaced every listed material: the acceptance clock starts again from now.</summary>
    public static SupplementProvided ProvideSupplement(CaseState state, ServiceItem item, Caller caller, WorkCalendar calendar, DateTimeOffset now)
    {
        CaseDecisions.RequireOwner(state, caller);
        StaffRules.RequireStage(state, CaseStage.SupplementRequested, "provide a supplement");
        var request = state.Supplement!;
        if (now >= request.ExpiresAt)
        {
            throw new ConflictException("The supplement period has ended.");
        }

        var missing = request.Items
            .Where(i => !state.Materials.Any(m => m.SlotId == i.MaterialId && !m.Superseded && m.UploadedAt > request.RequestedAt))
            .Select(i => i.MaterialId)
            .ToList();
        if (missing.Count > 0)
        {
            throw new IncompleteApplicationException(missing.ToDictionary(
                id => $"materials.{id}", _ => "upload a new file: the window asked for this material again (补正)."));
        }

        var limit = TimeLimits.For(item).AcceptanceWorkingDays;
        return new SupplementProvided(now, caller.Subject, CaseClock.Start(ClockKind.Acceptance, now, limit, calendar));
    }

    public static ReviewStepCompleted CompleteStep(
        CaseState state, ServiceItem item, Caller caller, StepCompletionCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        var step = StaffRules.RequireStepOwner(state, item, caller, "complete a review step");
        RequireNotSuspended(state);
        if (step.Index == item.ReviewSteps.Count - 1)
        {
            throw new ConflictException($"{step.Step} is the last step: it ends with the decision, not by passing the case on.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("outcome", command.Outcome, StepOutcomes);
        errors.RequireText("opinion", command.Opinion, MaxOpinionLength);
        var forward = command.Outcome != "return";
        if (!forward && step.Index == 1)
        {
            errors.Add("outcome", "the first review step has no earlier step to return the case to.");
        }

        errors.ThrowIfAny();
        var next = StartStep(item, forward ? step.Index + 1 : step.Index - 1, state.Clock!, calendar, now);
        return new ReviewStepCompleted(now, caller.Subject, forward ? StepOutcome.Forwarded : StepOutcome.Returned, command.Opinion!.Trim(), next);
    }

    /// <summary>中止: hearings, inspection, testing, appraisal and expert review are not counted in the limit (第四十五条).</summary>
    public static CaseSuspended Suspend(CaseState state, ServiceItem item, Caller caller, SuspensionCommand command, DateTimeOffset now)
    {
        StaffRules.RequireStepOwner(state, item, caller, "suspend it");
        RequireNotSuspended(state);
        var errors = new ValidationErrors();
        errors.RequireOneOf("reason", command.Reason, SuspensionReasons.Keys.ToHashSet());
        errors.RequireText("note", command.Note, MaxReasonLength);
        errors.ThrowIfAny();
        return new CaseSuspended(now, caller.Subject, SuspensionReasons[command.Reason!], command.Note!.Trim());
    }

    /// <summary>恢复: the working days of the suspension move the review and step deadlines on, so no time is lost.</summary>
    public static CaseResumed Resume(CaseState state, ServiceItem item, Caller caller, WorkCalendar calendar, DateTimeOffset now)
    {
        StaffRules.RequireStepOwner(state, item, caller, "resume it");
        var suspension = state.OpenSuspension ?? throw new ConflictException($"Case {state.Number} is not suspended.");
        var paused = Math.Max(0, calendar.WorkingDaysBetween(suspension.StartedAt, now));
        var clock = state.Clock!;
        var deadline = calendar.Extend(clock.Deadline, paused);
        return new CaseResumed(now, caller.Subject, paused, deadline, calendar.Extend(state.CurrentStep!.Deadline, paused))
        {
            ReviewDeadlineProvisional = calendar.IsProvisional(clock.StartedAt, deadline),
        };
    }

    /// <summary>
    /// 延期: once, by an approver of the deciding department, with reasons, before the limit runs out, by at most
    /// the days the guide allows (第四十二条: ten days with the head's approval).
    /// </summary>
    public static CaseExtended Extend(CaseState state, ServiceItem item, Caller caller, ExtensionCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        StaffRules.RequireInvolved(state, item, caller);
        caller.Require(PlatformRole.Approver);
        StaffRules.RequireStage(state, CaseStage.UnderReview, "extend it");
        var deciding = item.ReviewSteps[^1].DepartmentCode;
        if (caller.DepartmentCode != deciding)
        {
            throw new ConflictException($"Only an approver of the deciding department {deciding} can extend the limit.");
        }

        if (state.Extension is not null)
        {
            throw new ConflictException("The limit was extended once already; the law allows one extension (第四十二条).");
        }

        var clock = state.Clock!;
        if (now >= clock.Deadline)
        {
            throw new ConflictException("The review limit has run out; an extension must be granted within it (第四十二条).");
        }

        var allowed = TimeLimits.For(item).ExtensionWorkingDays;
        if (allowed == 0)
        {
            throw new ConflictException($"The guide of {item.Code} allows no extension.");
        }

        var errors = new ValidationErrors();
        if (command.WorkingDays is not { } days || days < 1 || days > allowed)
        {
            errors.Add("workingDays", $"must be between 1 and {allowed}.");
        }

        errors.RequireText("reason", command.Reason, MaxReasonLength);
        errors.ThrowIfAny();
        var deadline = calendar.Extend(clock.Deadline, command.WorkingDays!.Value);
        return new CaseExtended(now, caller.Subject, command.WorkingDays.Value, command.Reason!.Trim(), deadline)
        {
            ReviewDeadlineProvisional = calendar.IsProvisional(clock.StartedAt, deadline),
        };
    }

    /// <summary>办结: the last step decides, with legal basis and reasons; delivery is due within the delivery limit (第四十四条).</summary>
    public static CaseDecided Decide(CaseState state, ServiceItem item, Caller caller, DecisionCommand command, WorkCalendar calendar, DateTimeOffset now)
    {
        var step = StaffRules.RequireStepOwner(state, item, caller, "decide it");
        RequireNotSuspended(state);
        if (step.Index != item.ReviewSteps.Count - 1)
        {
            throw new ConflictException($"The case is at {step.Step}; it is decided at the last step, {item.ReviewSteps[^1].Step}.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("outcome", command.Outcome, DecisionOutcomes);
        if (command.LegalBasis is not { Count: > 0 and <= 20 })
        {
            errors.Add("legalBasis", "must cite 1 to 20 provisions.");
        }
        else
        {
            for (var i = 0; i < command.LegalBasis.Count; i++)
            {
                errors.RequireText($"legalBasis[{i}]", command.LegalBasis[i], MaxReasonLength);
            }
        }

        errors.RequireText("reasons", command.Reasons, MaxOpinionLength);
        errors.RequireText("resultDocument", command.ResultDocument, 200);
        errors.ThrowIfAny();
        var limit = TimeLimits.For(item).DeliveryWorkingDays;
        return new CaseDecided(now, caller.Subject, command.Outcome == "approved" ? DecisionOutcome.Approved : DecisionOutcome.Denied,
            [.. command.LegalBasis!.Select(b => b!.Trim())], command.Reasons!.Trim(), command.ResultDocument!.Trim(), item.ResultType, item.ResultName,
            CaseClock.Start(ClockKind.Delivery, now, limit, calendar))
        {
            ReviewTime = state.Clock is { Kind: ClockKind.Review } review ? ReviewTime.Of(review, TimeLimits.For(item).StatutoryWorkingDays, now, calendar) : null,
            Published = item.PublishResults,
            ItemName = item.Name,
        };
    }

    /// <summary>送达, by the accepting window, by one of the guide's methods.</summary>
    public static CaseDelivered Deliver(CaseState state, ServiceItem item, Caller caller, DeliveryCommand command, DateTimeOffset now)
    {
        StaffRules.RequireWindow(state, item, caller, CaseStage.Decided, "deliver the result");
        var errors = new ValidationErrors();
        errors.RequireOneOf("method", command.Method, item.DeliveryMethods.ToHashSet());
        if (command.Method == CatalogVocabulary.ElectronicCertificate && state.Certificates.Count > 0)
        {
            errors.Add("method", $"an electronic certificate is delivered when its holder first downloads it, not by the window.");
        }

        if (command.Method == Post)
        {
            if (errors.RequireText("trackingNumber", command.TrackingNumber, 40) && !command.TrackingNumber!.Trim().All(char.IsAsciiLetterOrDigit))
            {
                errors.Add("trackingNumber", "must be letters and digits only.");
            }
        }
        else if (command.TrackingNumber is not null)
        {
            errors.Add("trackingNumber", $"only {Post} has a tracking number.");
        }

        errors.ThrowIfAny();
        return new CaseDelivered(now, caller.Subject, command.Method!, command.TrackingNumber?.Trim());
    }

    /// <summary>
    /// The record of entering step <paramref name="index"/> of the guide, with its own clock: the step's limit, never
    /// past the review deadline, and for a lower level reviewing first never past its own period (第四十三条).
    /// </summary>
    private static StepRecord StartStep(ServiceItem item, int index, CaseClock review, WorkCalendar calendar, DateTimeOffset now)
    {
        var step = item.ReviewSteps[index];
        var deadline = calendar.DeadlineAfter(now, step.LimitWorkingDays);
        if (item.MultiLevelReview && step.RegionCode != item.ReviewSteps[^1].RegionCode)
        {
            var lowerLevel = calendar.DeadlineAfter(review.StartedAt, TimeLimits.For(item).LowerLevelReviewWorkingDays);
            deadline = deadline < lowerLevel ? deadline : lowerLevel;
        }

        deadline = deadline < review.Deadline ? deadline : review.Deadline;
        return new StepRecord(index, step.Step, step.PlatformRole!.Value, step.DepartmentCode, step.RegionCode, now, deadline);
    }

    private static void RequireNotSuspended(CaseState state)
    {
        if (state.OpenSuspension is { } suspension)
        {
            throw new ConflictException($"Case {state.Number} is suspended ({suspension.Reason}) since {suspension.StartedAt:u}; resume it first.");
        }
    }
}
