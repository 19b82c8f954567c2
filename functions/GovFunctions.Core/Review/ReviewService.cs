using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Supervision;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Review;

/// <summary>
/// The statutory review as an application service: staff commands (and the applicant's supplement) applied
/// synchronously through <see cref="CaseChanges"/>, decided by <see cref="ReviewDecisions"/>; alarms computed and
/// fired by <see cref="CaseAlarms"/>; work lists and the staff view of a case.
/// </summary>
public sealed class ReviewService(CaseChanges changes, ICaseViewStore views, WorkCalendars calendars, CertificateIssuer issuer, IOptions<AlarmOptions> alarmOptions)
{
    private static readonly PlatformRole[] WorkRoles = [PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor];

    private AlarmOptions Alarms => alarmOptions.Value;

    public Task<CaseRecord> PreReviewAsync(Caller caller, string caseNumber, PreReviewCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.PreReview(state, item, caller, command, now), expectedVersion, cancellationToken);

    public Task<CaseRecord> AcceptAsync(Caller caller, string caseNumber, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.Accept(state, item, caller, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<CaseRecord> RejectAcceptanceAsync(Caller caller, string caseNumber, RefusalCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.RejectAcceptance(state, item, caller, command, now), expectedVersion, cancellationToken);

    public Task<CaseRecord> RequestSupplementAsync(Caller caller, string caseNumber, SupplementRequestCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.RequestSupplement(state, item, caller, command, now), expectedVersion, cancellationToken);

    public Task<CaseRecord> ProvideSupplementAsync(Caller caller, string caseNumber, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.ProvideSupplement(state, item, caller, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<CaseRecord> CompleteStepAsync(Caller caller, string caseNumber, StepCompletionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.CompleteStep(state, item, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<CaseRecord> SuspendAsync(Caller caller, string caseNumber, SuspensionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.Suspend(state, item, caller, command, now), expectedVersion, cancellationToken);

    public Task<CaseRecord> ResumeAsync(Caller caller, string caseNumber, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.Resume(state, item, caller, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<CaseRecord> ExtendAsync(Caller caller, string caseNumber, ExtensionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.Extend(state, item, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    /// <summary>办结; an approval of an item whose result is a 证照 or 证明 issues its electronic certificate in the same write.</summary>
    public Task<CaseRecord> DecideAsync(Caller caller, string caseNumber, DecisionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, async (record, item, now, ct) =>
        {
            var decided = ReviewDecisions.Decide(record.State, item, caller, command, calendars.ForCase(record.State), now);
            return decided.Outcome == DecisionOutcome.Approved && CertificateIssuer.Issues(item)
                ? decided with { Certificate = await issuer.IssueAsync(record.State, item, new CertificateContents(decided.ResultDocument, record.State.Form.Matter, decided.LegalBasis), now, ct) }
                : decided;
        }, cancellationToken, expectedVersion);

    public Task<CaseRecord> DeliverAsync(Caller caller, string caseNumber, DeliveryCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => ReviewDecisions.Deliver(state, item, caller, command, now), expectedVersion, cancellationToken);

    /// <summary>整改报告 on a card, by the head (approver) of the department it was raised against.</summary>
    public Task<CaseRecord> ReportCardCorrectionAsync(Caller caller, string caseNumber, int card, CardCorrectionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => CardDecisions.Report(state, item, caller, card, command.Report, now), expectedVersion, cancellationToken);

    /// <summary>A supervisor of the card's region confirms the correction (closing the card) or returns it.</summary>
    public Task<CaseRecord> ReviewCardCorrectionAsync(Caller caller, string caseNumber, int card, CardReviewCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => CardDecisions.Review(state, item, caller, card, command.Outcome, command.Note, now), expectedVersion, cancellationToken);

    /// <summary>督办单 by a supervisor over the case to the department handling it.</summary>
    public Task<CaseRecord> IssueNoticeAsync(Caller caller, string caseNumber, NoticeCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => NoticeDecisions.Issue(state, item, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    /// <summary>回访核实 of a poor rating, by the staff of the department that owes the rectification.</summary>
    public Task<CaseRecord> RecordCallBackAsync(Caller caller, string caseNumber, CallBackCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => RectificationDecisions.RecordCallBack(state, item, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    /// <summary>The rectification's outcome, by the head of that department.</summary>
    public Task<CaseRecord> ConcludeRectificationAsync(Caller caller, string caseNumber, RectificationCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => RectificationDecisions.Conclude(state, item, caller, command, now), expectedVersion, cancellationToken);

    /// <summary>Supervision's decision on a department's appeal against a rating.</summary>
    public Task<CaseRecord> DecideRatingAppealAsync(Caller caller, string caseNumber, AppealDecisionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => RectificationDecisions.DecideAppeal(state, item, caller, command, now), expectedVersion, cancellationToken);

    /// <summary>The answer to a notice, by the head of the department it was issued to.</summary>
    public Task<CaseRecord> AnswerNoticeAsync(Caller caller, string caseNumber, int notice, NoticeAnswerCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        Apply(caseNumber, (state, item, now) => NoticeDecisions.Answer(state, item, caller, notice, command.Answer, now), expectedVersion, cancellationToken);

    /// <summary>NextAlarm of the case as stored now; <c>Open</c> is false once the case can have no more alarms.</summary>
    public async Task<(bool Open, CaseAlarm? Alarm)> NextAlarmAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var alarm = CaseAlarms.Next(state, calendars.ForCase(state), Alarms);
        // A closed case keeps its alarms while a notice or a rectification still has a deadline.
        return (CaseLists.IsOpen(state.Stage) || alarm is not null, alarm);
    }

    /// <summary>AlarmFired: records what the alarm stands for, unless it is stale or early; <c>Fired</c> says which.</summary>
    public async Task<(CaseRecord Record, bool Fired)> FireAlarmAsync(CaseAlarm alarm, CancellationToken cancellationToken)
    {
        var fired = false;
        var record = await changes.ApplyToRecordAsync(alarm.CaseNumber, (record, now) =>
        {
            var @event = CaseAlarms.Fire(record.State, alarm, calendars.ForCase(record.State), Alarms, now);
            fired = @event is not null;
            return @event;
        }, cancellationToken);
        return (record, fired);
    }

    /// <summary>The staff view of a case, for staff of a department its guide involves or a supervisor of a region it passes through.</summary>
    public async Task<StaffCaseView> GetForStaffAsync(Caller caller, string caseNumber, CancellationToken cancellationToken)
    {
        // The complaints are read beside the case, one round trip instead of two; they are shown only once the caller may see the case.
        var loading = changes.LoadAsync(caseNumber, cancellationToken);
        var complaints = views.ReadAllAsync(CaseLists.ComplaintsOfCase(caseNumber), cancellationToken)
            .Where(l => l.Complaint is not null).Select(l => new CaseComplaint(l.CaseNumber, l.Complaint!.Status, l.Complaint.FiledAt))
            .ToListAsync(cancellationToken).AsTask();
        await Task.WhenAll(loading, complaints);
        var state = (await loading).Case.State;
        var item = await changes.GuideOfAsync(state, cancellationToken);
        var supervising = StaffRules.IsSupervisorOf(state, item, caller);
        if (!supervising)
        {
            StaffRules.RequireInvolved(state, item, caller);
        }

        return ViewFor(state, caller, supervising) with { Complaints = await complaints };
    }

    public StaffCaseView ViewFor(CaseState state, Caller caller, bool supervising = false) => new(
        CaseSummary.Of(state), state.Form, state.Materials, state.Clock,
        state.Clock is { } clock && state.OpenSuspension is null ? calendars.ForCase(state).WorkingDaysLeft(changes.Now, clock.Deadline) : null,
        [.. state.Steps.Where(s => supervising || s.DepartmentCode == caller.DepartmentCode)],
        state.Supplement, state.Suspensions, state.Extension, state.Decision, state.Delivery, state.RefusalReason, state.Escalations, state.Cards, state.Notices, state.Version)
    {
        Rating = state.Rating,
        Rectification = state.Rectification,
    };

    /// <summary>
    /// A page of a staff member's work list, most urgent first: the window's cases to pre-review, accept and deliver; a
    /// reviewer's or approver's cases at their steps (and, for approvers, overdue cases escalated to their
    /// department); a supervisor's yellow and red cases in their region. Every page reads the list whole and sorts it
    /// here (no server-side ORDER BY on the lists; see README, local emulators), then answers the lines after the
    /// position the continuation token names, so every case on the list is reached page by page.
    /// </summary>
    public async Task<Page<WorkItem>> ListWorkAsync(Caller caller, PlatformRole? role, PageRequest page, CancellationToken cancellationToken)
    {
        StaffRules.RequireConsistentToken(caller);
        var after = WorkListPosition.FromToken(page.ContinuationToken);
        var chosen = role ?? WorkRoles.FirstOrDefault(caller.IsIn);
        if (!WorkRoles.Contains(chosen) || !caller.IsIn(chosen))
        {
            throw new AccessDeniedException("Work lists are for clerks, reviewers, approvers and supervisors, in a role the token carries.");
        }

        var list = chosen == PlatformRole.Supervisor
            ? CaseLists.SupervisionOf(caller.RegionCode ?? throw new AccessDeniedException("The token names no region."))
            : CaseLists.WorkOf(caller.DepartmentCode ?? throw new AccessDeniedException("The token names no department."), chosen);
        var rest = (await ReadListAsync(list, cancellationToken))
            .Select(s => ItemFor(s, chosen))
            .Select(w => (Item: w, Position: WorkListPosition.Of(w)))
            .Where(w => after is null || w.Position.CompareTo(after) > 0)
            .OrderBy(w => w.Position)
            .Take(page.PageSize + 1)
            .ToList();
        var items = rest.Take(page.PageSize).ToList();
        return new Page<WorkItem>([.. items.Select(w => w.Item)], rest.Count > page.PageSize ? items[^1].Position.ToToken() : null);
    }

    /// <summary>
    /// The open cases of a province and its other records with a deadline (complaints, notices on departments, closed
    /// cases' notices and rectifications): what the supervision sweep keeps an alarm running for and a holiday notice re-reckons.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListInProgressAsync(string provinceCode, CancellationToken cancellationToken) =>
        [.. (await ReadListAsync(CaseLists.InProgressOf(provinceCode), cancellationToken))
            .Concat(await ReadListAsync(CaseLists.WatchedOf(provinceCode), cancellationToken))
            .Select(s => s.CaseNumber).Distinct()];

    private Task<List<CaseSummary>> ReadListAsync(string list, CancellationToken cancellationToken) =>
        views.ReadAllAsync(list, cancellationToken).ToListAsync(cancellationToken).AsTask();

    private WorkItem ItemFor(CaseSummary summary, PlatformRole role)
    {
        // At their own step, reviewers and approvers work to the step's deadline; everyone else to the case's clock.
        var atOwnStep = summary.Stage == CaseStage.UnderReview && role is PlatformRole.Reviewer or PlatformRole.Approver && summary.StepDeadline is not null
            && summary.Clock is not { Level: AlarmLevel.Overdue, Escalations: > 0 };
        // A concluded case on a work list for its rectification works to the rectification's clock.
        var clock = summary.Clock ?? summary.Rectification?.Clock;
        var deadline = atOwnStep ? summary.StepDeadline : clock?.Deadline ?? summary.SupplementExpiresAt;
        int? left = deadline is { } end && !summary.Suspended
            ? (summary.RegionCode is { } region ? calendars.For(region) : calendars.National).WorkingDaysLeft(changes.Now, end)
            : null;
        return new WorkItem(summary, deadline, left, clock?.Level ?? AlarmLevel.None);
    }

    private Task<CaseRecord> Apply(
        string caseNumber, Func<CaseState, ServiceItem, DateTimeOffset, CaseEvent> decide, int? expectedVersion, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, (record, item, now) => decide(record.State, item, now), cancellationToken, expectedVersion);
}
