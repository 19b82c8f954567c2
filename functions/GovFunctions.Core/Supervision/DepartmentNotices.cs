using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// 督办 on a department: each notice is a supervision file on the case engine (ADR 0015), so its deadline, warning-free
/// escalation, lists, counts and audit are those of a notice on a case. The department's head answers it.
/// </summary>
public sealed partial class DepartmentNotices(
    CaseChanges changes, CatalogService catalog, WorkCalendars calendars, ILogger<DepartmentNotices> logger)
{
    /// <summary>Opens the file; with <paramref name="idempotencyKey"/> a retry of the same request answers the file opened.</summary>
    public async Task<DepartmentNoticeView> IssueAsync(
        Caller caller, DepartmentNoticeCommand command, string? idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Supervisor);
        var known = await catalog.NamesDepartmentAsync(command.DepartmentCode, cancellationToken);
        var calendar = known ? calendars.For(RegionDirectory.RegionOfDepartment(command.DepartmentCode!)) : calendars.National;
        var record = await changes.CreateAsync(
            now => NoticeDecisions.IssueOnDepartment(caller, command, known, calendar, now),
            IdempotentCreation.Of(caller.Subject, idempotencyKey, requestHash), cancellationToken);
        LogIssued(record.State.Number, record.State.DepartmentCode, caller.Subject);
        return DepartmentNoticeView.Of(record);
    }

    public async Task<DepartmentNoticeView> GetAsync(Caller caller, string number, CancellationToken cancellationToken)
    {
        RequireFileNumber(number);
        var record = (await changes.LoadAsync(number, cancellationToken)).Case;
        NoticeDecisions.RequireSeesFile(record.State, caller);
        return DepartmentNoticeView.Of(record);
    }

    public async Task<DepartmentNoticeView> AnswerAsync(
        Caller caller, string number, NoticeAnswerCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        RequireFileNumber(number);
        var record = await changes.ApplyToRecordAsync(
            number, (record, now) => NoticeDecisions.AnswerOnDepartment(record.State, caller, command.Answer, now), cancellationToken, expectedVersion);
        return DepartmentNoticeView.Of(record);
    }

    /// <summary>A case's number is no supervision file's: the same 404 as a number never drawn.</summary>
    private static void RequireFileNumber(string number)
    {
        if (!CaseNumber.IsOf(number, CaseNumber.SupervisionCode))
        {
            throw NoSuchFile(number);
        }
    }

    private static NotFoundException NoSuchFile(string number) => new($"There is no supervision file {number}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision file {Number}: notice to {DepartmentCode} issued by {Subject}")]
    private partial void LogIssued(string number, string departmentCode, string subject);
}
