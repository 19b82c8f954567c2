using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Disclosure;

/// <summary>
/// 依申请公开 on the case engine (ADR 0017): a request is a record of its item, whose answer clock, alarms, lists, counts
/// and audit are those of a case; its deciders need no guide beyond the item's procedure and department.
/// </summary>
public sealed partial class DisclosureService(
    CaseChanges changes, ICaseViewStore views, CatalogService catalog, WorkCalendars calendars, MaterialIntake intake, IMaterialStore materials, ILogger<DisclosureService> logger)
{
    /// <summary>Receives a request; with <paramref name="idempotencyKey"/> a retry of the same request answers the one received.</summary>
    public async Task<DisclosureView> RequestAsync(
        Caller caller, DisclosureRequestCommand command, string? idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Applicant);
        var errors = new ValidationErrors();
        errors.RequireText("itemCode", command.ItemCode, InputLimits.Code);
        errors.ThrowIfAny();
        ServiceItem item;
        try
        {
            item = await catalog.GetCurrentAsync(command.ItemCode!, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw ValidationFailedException.For("itemCode", $"'{command.ItemCode}' is not a published service item.");
        }

        var record = await changes.CreateAsync(
            now => DisclosureDecisions.Request(caller, item, command, calendars.For(item.RegionCode), now),
            IdempotentCreation.Of(caller.Subject, idempotencyKey, requestHash), cancellationToken);
        LogReceived(record.State.Number, item.DepartmentCode);
        return DisclosureView.Of(record.State, caller);
    }

    /// <summary>For its requester, the staff of its department and the supervisors over its region; anyone else 404.</summary>
    public async Task<DisclosureView> GetAsync(Caller caller, string number, CancellationToken cancellationToken)
    {
        var state = RequireRequest((await changes.LoadAsync(number, cancellationToken)).Case.State);
        return IsRequester(state, caller) || DisclosureDecisions.SeesAsStaff(state, caller) ? DisclosureView.Of(state, caller) : throw DisclosureDecisions.NoSuchRequest(number);
    }

    /// <summary>A document to provide, streamed through the material checks (type by content, size, SHA-256) into the request's storage.</summary>
    public async Task<DisclosureView> AttachDocumentAsync(Caller caller, string number, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var loaded = await changes.LoadAsync(number, cancellationToken);
        DisclosureDecisions.RequireDocumentSpace(RequireRequest(loaded.Case.State), caller);
        var stored = await intake.AcceptAsync(number, DisclosureDecisions.DocumentSlot, content, cancellationToken);
        var record = await changes.ApplyToRecordAsync(number,
            (record, now) => DisclosureDecisions.AttachDocument(RequireRequest(record.State), caller, fileName, stored, now), cancellationToken);
        return DisclosureView.Of(record.State, caller);
    }

    /// <summary>A document of the request: for its staff and supervisors, and for its requester once the answer provides it.</summary>
    public async Task<(MaterialRecord Record, MaterialContent Content)> OpenDocumentAsync(Caller caller, string number, string documentId, CancellationToken cancellationToken)
    {
        var state = RequireRequest((await changes.LoadAsync(number, cancellationToken)).Case.State);
        var view = IsRequester(state, caller) || DisclosureDecisions.SeesAsStaff(state, caller) ? DisclosureView.Of(state, caller) : throw DisclosureDecisions.NoSuchRequest(number);
        var record = view.Documents.FirstOrDefault(d => d.SlotId == documentId)
            ?? throw new NotFoundException($"Request {number} provides no document {documentId}.");
        var content = await materials.OpenAsync(number, record.Sha256, cancellationToken)
            ?? throw new NotFoundException($"Document {documentId} of request {number} is missing from storage.");
        return (record, content);
    }

    public Task<DisclosureView> RequestCorrectionAsync(
        Caller caller, string number, DisclosureCorrectionRequestCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.RequestCorrection(state, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<DisclosureView> CorrectAsync(Caller caller, string number, DisclosureCorrectionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.Correct(state, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<DisclosureView> ConsultAsync(Caller caller, string number, ConsultationCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.Consult(state, caller, command, now), expectedVersion, cancellationToken);

    public Task<DisclosureView> RecordConsultationAsync(
        Caller caller, string number, ConsultationAnswerCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.RecordConsultation(state, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    /// <summary>Art. 42: per request, the request's place among its requester's requests of the Beijing month it was received in.</summary>
    public async Task<DisclosureView> NotifyFeeAsync(Caller caller, string number, DisclosureFeeCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        var record = await changes.ApplyToRecordAsync(number, async (record, now, ct) =>
        {
            var state = RequireRequest(record.State);
            var ordinal = await OrdinalInMonthAsync(state, ct);
            return DisclosureDecisions.NotifyFee(state, caller, command, ordinal, calendars.ForCase(state), now);
        }, cancellationToken, expectedVersion);
        return DisclosureView.Of(record.State, caller);
    }

    private async Task<int> OrdinalInMonthAsync(CaseState state, CancellationToken cancellationToken)
    {
        var received = state.Disclosure!.ReceivedAt;
        var month = DayPeriod.MonthOf(ChinaTime.DateOf(received));
        var ordinal = await views.ReadAllAsync(CaseLists.OfApplicant(state.ApplicantSubject), cancellationToken)
            .CountAsync(l => l.Stage == CaseStage.Disclosure && l.SubmittedAt is { } at && at <= received && DayPeriod.MonthOf(ChinaTime.DateOf(at)) == month, cancellationToken);
        return Math.Max(ordinal, 1);
    }

    public Task<DisclosureView> RecordFeePaymentAsync(Caller caller, string number, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.RecordFeePayment(state, caller, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<DisclosureView> ExtendAsync(Caller caller, string number, DisclosureExtensionCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.Extend(state, caller, command, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public Task<DisclosureView> AnswerAsync(Caller caller, string number, DisclosureAnswerCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, number, (state, now) => DisclosureDecisions.Answer(state, caller, command, now), expectedVersion, cancellationToken);

    /// <summary>The open requests of the caller's department, most urgent first.</summary>
    public async Task<Page<DisclosureLine>> ListAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        StaffRules.RequireConsistentToken(caller);
        caller.Require(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver);
        var lines = await views.ReadAllAsync(CaseLists.DisclosureOf(caller.DepartmentCode!), cancellationToken)
            .Select(l => new DisclosureLine(l.CaseNumber, l.ItemCode, l.SubmittedAt, l.Clock)).ToListAsync(cancellationToken);
        return page.Slice([.. lines.OrderBy(l => l.Clock?.Deadline ?? DateTimeOffset.MaxValue).ThenBy(l => l.Number, StringComparer.Ordinal)]);
    }

    private async Task<DisclosureView> ApplyAsync(
        Caller caller, string number, Func<CaseState, DateTimeOffset, CaseEvent> decide, int? expectedVersion, CancellationToken cancellationToken)
    {
        var record = await changes.ApplyToRecordAsync(number, (record, now) => decide(RequireRequest(record.State), now), cancellationToken, expectedVersion);
        return DisclosureView.Of(record.State, caller);
    }

    private static bool IsRequester(CaseState state, Caller caller) => caller.IsIn(PlatformRole.Applicant) && caller.Subject == state.ApplicantSubject;

    private static CaseState RequireRequest(CaseState state) => state.Disclosure is null ? throw DisclosureDecisions.NoSuchRequest(state.Number) : state;

    [LoggerMessage(Level = LogLevel.Information, Message = "Disclosure request {Number} received for {DepartmentCode}")]
    private partial void LogReceived(string number, string departmentCode);
}

/// <summary>An open request on its department's list, with its answer clock.</summary>
public sealed record DisclosureLine(string Number, string ItemCode, DateTimeOffset? ReceivedAt, CaseClock? Clock);
