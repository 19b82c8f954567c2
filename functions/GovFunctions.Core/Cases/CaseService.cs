using GovFunctions.Core.Calendar;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Paging;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Cases;

/// <summary>
/// The applicant's side of a case (办件): start a draft, fill the form, upload materials, submit, withdraw, and
/// look at it. Every change loads the case, lets <see cref="CaseDecisions"/> decide, records the event with its
/// outbox work in one write guarded by the case's ETag, and signals the outbox driver.
/// </summary>
public sealed partial class CaseService(
    ICaseStore cases,
    ICaseViewStore views,
    CatalogService catalog,
    MaterialIntake intake,
    IMaterialStore materials,
    IOutboxSignal outboxSignal,
    WorkCalendar calendar,
    TimeProvider time,
    ILogger<CaseService> logger)
{
    private const int MaxAttempts = 3;
    private const int MaxWorkListLength = 1000;

    public async Task<CaseRecord> StartAsync(Caller caller, string itemCode, CancellationToken cancellationToken)
    {
        var item = await catalog.GetCurrentAsync(itemCode, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var started = CaseDecisions.StartDraft(item, caller, time.GetUtcNow());
            var record = new CaseRecord(CaseEvolution.Apply(null, started), [started], new CaseOutbox(true, []), new Dictionary<string, string>());
            try
            {
                await cases.MarkOutboxPendingAsync(record.State.Number, cancellationToken);
                await cases.CreateAsync(record, cancellationToken);
                outboxSignal.CaseChanged(record.State.Number);
                LogStarted(record.State.Number, item.Code, caller.Subject);
                return record;
            }
            catch (ConflictException) when (attempt < MaxAttempts)
            {
                // Two drafts drew the same number in the same second: draw again.
            }
        }
    }

    public Task<CaseRecord> UpdateFormAsync(Caller caller, string caseNumber, ApplicationForm form, CancellationToken cancellationToken) =>
        ChangeAsync(caseNumber, (state, _, now) => CaseDecisions.UpdateForm(state, caller, form, now), cancellationToken);

    public async Task<CaseRecord> UploadMaterialAsync(Caller caller, string caseNumber, string slotId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(caseNumber, cancellationToken);
        var slot = CaseDecisions.SlotFor(stored.Case.State, await GuideOfAsync(stored.Case.State, cancellationToken), caller, slotId);
        var material = await intake.AcceptAsync(caseNumber, slot, content, cancellationToken);
        return await ChangeAsync(caseNumber, (state, item, now) => CaseDecisions.AttachMaterial(state, item, caller, slotId, fileName, material, now), cancellationToken);
    }

    /// <summary>Submits the draft. A retry with the same <paramref name="idempotencyKey"/> and request answers the case as it is.</summary>
    public Task<CaseRecord> SubmitAsync(Caller caller, string caseNumber, string? idempotencyKey, string requestHash, CancellationToken cancellationToken) =>
        ChangeAsync(caseNumber, (state, item, now) => CaseDecisions.Submit(state, item, caller, calendar, now), cancellationToken,
            milestone: "caseSubmitted", idempotency: idempotencyKey is null ? null : (caller, idempotencyKey, requestHash));

    public Task<CaseRecord> WithdrawAsync(Caller caller, string caseNumber, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(caseNumber, (state, _, now) => CaseDecisions.Withdraw(state, caller, reason, now), cancellationToken, milestone: "caseWithdrawn");

    /// <summary>The whole case with its history, for its applicant.</summary>
    public async Task<CaseRecord> GetAsync(Caller caller, string caseNumber, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(caseNumber, cancellationToken);
        CaseDecisions.RequireOwner(stored.Case.State, caller);
        return stored.Case;
    }

    /// <summary>Status for anyone holding the case number and its query code; a wrong code is "no such case".</summary>
    public async Task<PublicCaseStatus> GetPublicStatusAsync(string caseNumber, string? queryCode, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(caseNumber, cancellationToken);
        var state = stored.Case.State;
        if (state.Stage == CaseStage.Draft || !QueryCode.FromStored(state.QueryCode).Matches(queryCode))
        {
            throw NoSuchCase(caseNumber);
        }

        var item = await GuideOfAsync(state, cancellationToken);
        var daysLeft = state.Stage == CaseStage.Submitted ? WorkingDaysLeft(state.AcceptanceDeadline) : null;
        return new PublicCaseStatus(state.Number, item.Code, item.Name, state.Stage, state.SubmittedAt, state.AcceptanceDeadline, daysLeft,
            item.PromisedLimitWorkingDays, item.StatutoryLimitWorkingDays);
    }

    public async Task<Page<CaseSummary>> ListMineAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Applicant);
        return await views.ListAsync(CaseLists.OfApplicant(caller.Subject), page, cancellationToken);
    }

    /// <summary>The current file of a material slot, for the applicant and for staff of the department handling the case.</summary>
    public async Task<(MaterialRecord Record, MaterialContent Content)> OpenMaterialAsync(Caller caller, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var state = (await LoadAsync(caseNumber, cancellationToken)).Case.State;
        if (!IsHandlingStaff(state, caller))
        {
            CaseDecisions.RequireOwner(state, caller);
        }

        var record = state.Materials.LastOrDefault(m => m.SlotId == slotId && !m.Superseded)
            ?? throw new NotFoundException($"Case {caseNumber} has no file for material slot '{slotId}'.");
        var content = await materials.OpenAsync(caseNumber, record.Sha256, cancellationToken)
            ?? throw new NotFoundException($"The file of material slot '{slotId}' of case {caseNumber} is missing from storage.");
        return (record, content);
    }

    /// <summary>
    /// A window clerk's incoming cases: submitted to their department and awaiting acceptance, oldest first, with
    /// the working days left of the acceptance limit. The list is read whole and sorted here: the lists have no
    /// server-side ORDER BY (see README, local emulators), and a department's waiting cases are few.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> ListIncomingAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Clerk);
        var department = caller.DepartmentCode ?? throw new AccessDeniedException("The token names no department.");
        var summaries = new List<CaseSummary>();
        string? token = null;
        do
        {
            var page = await views.ListAsync(CaseLists.IncomingOf(department), new PageRequest(PageRequest.MaxPageSize, token), cancellationToken);
            summaries.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && summaries.Count < MaxWorkListLength);

        return summaries
            .OrderBy(s => s.SubmittedAt)
            .Select(s => new WorkItem(s, s.AcceptanceDeadline, WorkingDaysLeft(s.AcceptanceDeadline)))
            .ToList();
    }

    /// <summary>Working days from today until a deadline, which falls at midnight after its last working day.</summary>
    private int? WorkingDaysLeft(DateTimeOffset? deadline) =>
        deadline is { } end ? calendar.WorkingDaysBetween(ChinaTime.DateOf(time.GetUtcNow()), ChinaTime.DateOf(end.AddTicks(-1))) : null;

    private static bool IsHandlingStaff(CaseState state, Caller caller) =>
        (caller.IsIn(PlatformRole.Clerk) || caller.IsIn(PlatformRole.Reviewer) || caller.IsIn(PlatformRole.Approver))
        && caller.DepartmentCode == state.DepartmentCode
        && state.Stage != CaseStage.Draft;

    private async Task<CaseRecord> ChangeAsync(
        string caseNumber,
        Func<CaseState, ServiceItem, DateTimeOffset, CaseEvent> decide,
        CancellationToken cancellationToken,
        string? milestone = null,
        (Caller Caller, string Key, string Hash)? idempotency = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await LoadAsync(caseNumber, cancellationToken);
            var record = stored.Case;
            // Checked on every attempt: a concurrent retry with the same key may have just carried the command out.
            if (idempotency is { } request)
            {
                CaseDecisions.RequireOwner(record.State, request.Caller);
                switch (IdempotencyRule.Evaluate(record.IdempotencyKeys, request.Key, request.Hash))
                {
                    case IdempotencyRule.Outcome.Replay:
                        return record;
                    case IdempotencyRule.Outcome.KeyReused:
                        throw new IdempotencyKeyReusedException(request.Key);
                }
            }

            var @event = decide(record.State, await GuideOfAsync(record.State, cancellationToken), time.GetUtcNow());
            var messages = milestone is null
                ? record.Outbox.Messages
                : [.. record.Outbox.Messages, new OutboxMessage(record.History.Count + 1, milestone, @event.At)];
            var keys = idempotency is { } k ? new Dictionary<string, string>(record.IdempotencyKeys) { [k.Key] = k.Hash } : record.IdempotencyKeys;
            var next = new CaseRecord(CaseEvolution.Apply(record.State, @event), [.. record.History, @event], new CaseOutbox(true, messages), keys);
            try
            {
                await cases.MarkOutboxPendingAsync(caseNumber, cancellationToken);
                await cases.ReplaceAsync(next, stored.ETag, cancellationToken);
                outboxSignal.CaseChanged(caseNumber);
                LogChanged(caseNumber, @event.GetType().Name, @event.By);
                return next;
            }
            catch (PreconditionFailedException) when (attempt < MaxAttempts)
            {
                // Changed meanwhile (another command, or the outbox processor): decide again on the newer case.
            }
        }
    }

    private async Task<StoredCase> LoadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(caseNumber, out _))
        {
            throw NoSuchCase(caseNumber);
        }

        return await cases.FindAsync(caseNumber, cancellationToken) ?? throw NoSuchCase(caseNumber);
    }

    /// <summary>The guide the case was filed under: the item at the version it bound to, whatever the catalog says now.</summary>
    private async Task<ServiceItem> GuideOfAsync(CaseState state, CancellationToken cancellationToken) =>
        (await catalog.GetVersionAsync(state.ItemCode, state.ItemVersion, caller: null, cancellationToken)).Item;

    private static NotFoundException NoSuchCase(string caseNumber) => new($"There is no case {caseNumber}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber} started for service item {ItemCode} by {Subject}")]
    private partial void LogStarted(string caseNumber, string itemCode, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber}: {Event} by {Subject}")]
    private partial void LogChanged(string caseNumber, string @event, string subject);
}
