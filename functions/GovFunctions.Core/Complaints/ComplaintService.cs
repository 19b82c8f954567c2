using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Publication;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// 投诉 on the case engine (ADR 0016): a complaint is a record whose clocks, alarms, lists, counts and audit are those
/// of a case. Filing resolves what the complaint is about to the department concerned; its region's supervision handles it.
/// </summary>
public sealed partial class ComplaintService(
    CaseChanges changes,
    ICaseViewStore views,
    CatalogService catalog,
    WorkCalendars calendars,
    IOptions<ComplaintOptions> options,
    ILogger<ComplaintService> logger)
{
    /// <summary>Filed by a signed-in applicant (<paramref name="caller"/>) or anonymously (null): the complainant's view, with the query code.</summary>
    /// <summary>Files a complaint; with <paramref name="idempotencyKey"/> a retry of the same request answers the one filed.</summary>
    public async Task<ComplaintView> FileAsync(
        Caller? caller, ComplaintCommand command, string? idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        caller?.Require(PlatformRole.Applicant);
        var target = await TargetOfAsync(caller, command, ComplaintDecisions.RequireKind(command), cancellationToken);
        var calendar = calendars.For(RegionDirectory.RegionOfDepartment(target.DepartmentCode));
        var record = await changes.CreateAsync(
            now => ComplaintDecisions.File(caller, command, target, options.Value, calendar, now),
            IdempotentCreation.Of(caller?.Subject, idempotencyKey, requestHash), cancellationToken);
        LogFiled(record.State.Number, target.Kind, target.DepartmentCode);
        return ComplaintView.ForComplainant(record.State, signedIn: caller is not null);
    }

    /// <summary>For its handlers (staff view), its signed-in complainant, or whoever holds its number and query code; anyone else 404.</summary>
    public async Task<ComplaintView> GetAsync(Caller? caller, string number, string? queryCode, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(number, cancellationToken);
        if (caller is not null && ComplaintDecisions.SeesAsStaff(state, caller))
        {
            return ComplaintView.ForStaff(state);
        }

        var signedIn = caller is not null && state.Complaint!.Complainant == caller.Subject;
        return signedIn || HoldsQueryCode(state, queryCode)
            ? ComplaintView.ForComplainant(state, signedIn)
            : throw ComplaintDecisions.NoSuchComplaint(number);
    }

    public Task<ComplaintView> AcceptAsync(Caller caller, string number, ComplaintTextCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(number, (state, now) => ComplaintDecisions.Accept(state, caller, command.Text, now), expectedVersion, cancellationToken);

    public Task<ComplaintView> DeclineAsync(Caller caller, string number, ComplaintTextCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(number, (state, now) => ComplaintDecisions.Decline(state, caller, command.Text, now), expectedVersion, cancellationToken);

    public async Task<ComplaintView> AssignAsync(Caller caller, string number, ComplaintAssignmentCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        var department = command.DepartmentCode;
        var known = await catalog.NamesDepartmentAsync(department, cancellationToken);
        return await ApplyAsync(number, (state, now) => ComplaintDecisions.Assign(
            state, caller, department, known, options.Value, calendars.For(known ? RegionDirectory.RegionOfDepartment(department!) : state.RegionCode), now),
            expectedVersion, cancellationToken);
    }

    public Task<ComplaintView> AnswerAsync(Caller caller, string number, ComplaintTextCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(number, (state, now) => ComplaintDecisions.Answer(state, caller, command.Text, now), expectedVersion, cancellationToken);

    public Task<ComplaintView> CloseAsync(Caller caller, string number, ComplaintTextCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(number, (state, now) => ComplaintDecisions.Close(state, caller, command.Text, now), expectedVersion, cancellationToken);

    public Task<ComplaintView> ReturnAsync(Caller caller, string number, ComplaintTextCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(number, (state, now) => ComplaintDecisions.Return(state, caller, command.Text, options.Value, calendars.ForCase(state), now), expectedVersion, cancellationToken);

    public async Task<ComplaintView> RateAsync(Caller? caller, string number, string? queryCode, HandlingRatingCommand command, CancellationToken cancellationToken)
    {
        RequireNumber(number);
        var record = await changes.ApplyToRecordAsync(
            number, (record, now) => ComplaintDecisions.Rate(record.State, caller, HoldsQueryCode(record.State, queryCode), command, now), cancellationToken);
        return ComplaintView.ForComplainant(record.State, signedIn: caller is not null && record.State.Complaint!.Complainant == caller.Subject);
    }

    /// <summary>The closed complaints about a department that its complainants agreed to publish, newest first.</summary>
    public async Task<Page<PublishedComplaint>> ListPublishedAsync(string? departmentCode, PageRequest page, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.RequireText("departmentCode", departmentCode, InputLimits.Code);
        errors.ThrowIfAny();
        var published = await views.ReadAllAsync(CaseLists.PublishedComplaintsOf(departmentCode!), cancellationToken)
            .Select(l => l.PublishedComplaint).OfType<PublishedComplaint>().ToListAsync(cancellationToken);
        return page.Slice([.. published.OrderByDescending(p => p.ClosedOn).ThenBy(p => p.Number, StringComparer.Ordinal)]);
    }

    private async Task<ComplaintTarget> TargetOfAsync(Caller? caller, ComplaintCommand command, string kind, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case "case":
                var state = caller is null
                    ? throw ValidationFailedException.For("caseNumber", "a complaint about a case is filed by its applicant, signed in.")
                    : (await changes.LoadAsync(command.CaseNumber!, cancellationToken)).Case.State;
                if (state.Complaint is not null || state.Stage == CaseStage.Supervision)
                {
                    throw CaseChanges.NoSuchCase(command.CaseNumber!);
                }

                CaseDecisions.RequireOwner(state, caller);
                return new ComplaintTarget(kind, state.Number, state.HandlingDepartment.DepartmentCode, state.ItemCode, null)
                {
                    PersonNames = [.. new[] { state.Form.ApplicantType == PublishedResult.NaturalPerson ? state.Form.ApplicantName : null, state.Form.ContactName }
                        .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())],
                };
            case "item":
                ServiceItem item;
                try
                {
                    item = await catalog.GetCurrentAsync(command.ItemCode!, cancellationToken);
                }
                catch (NotFoundException)
                {
                    throw ValidationFailedException.For("itemCode", $"'{command.ItemCode}' is not a published service item.");
                }

                return new ComplaintTarget(kind, null, item.DepartmentCode, item.Code, null);
            default:
                var department = command.DepartmentCode!;
                if (!await catalog.NamesDepartmentAsync(department, cancellationToken))
                {
                    throw ValidationFailedException.For("departmentCode", $"'{department}' is not a department of the catalog.");
                }

                return new ComplaintTarget(kind, null, department, null, kind == "window" ? command.Window!.Trim() : null);
        }
    }

    private async Task<ComplaintView> ApplyAsync(
        string number, Func<CaseState, DateTimeOffset, CaseEvent> decide, int? expectedVersion, CancellationToken cancellationToken)
    {
        RequireNumber(number);
        var record = await changes.ApplyToRecordAsync(number, (record, now) => decide(RequireComplaint(record.State), now), cancellationToken, expectedVersion);
        return ComplaintView.ForStaff(record.State);
    }

    private async Task<CaseState> LoadAsync(string number, CancellationToken cancellationToken)
    {
        RequireNumber(number);
        return RequireComplaint((await changes.LoadAsync(number, cancellationToken)).Case.State);
    }

    private static CaseState RequireComplaint(CaseState state) => state.Complaint is null ? throw ComplaintDecisions.NoSuchComplaint(state.Number) : state;

    private static bool HoldsQueryCode(CaseState state, string? queryCode) =>
        !string.IsNullOrWhiteSpace(queryCode) && QueryCode.FromStored(state.QueryCode).Matches(queryCode);

    /// <summary>A case's number is no complaint's: the same 404 as a number never drawn.</summary>
    private static void RequireNumber(string number)
    {
        if (!CaseNumber.IsOf(number, CaseNumber.ComplaintCode))
        {
            throw ComplaintDecisions.NoSuchComplaint(number);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint {Number} filed about a {Kind} of {DepartmentCode}")]
    private partial void LogFiled(string number, string kind, string departmentCode);
}
