using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// The open supervision items of a department (for its own staff and the supervisors over its region) or of a region
/// (for its supervisors and those above): 黄牌/红牌, newest first; 督办单, most urgent deadline first; and a region's overview.
/// </summary>
public sealed class SupervisionLists(ICaseViewStore views, TimeProvider time)
{
    /// <summary>A region's cards include those of the regions below it.</summary>
    public Task<Page<CardLine>> CardsAsync(Caller caller, string? departmentCode, string? regionCode, PageRequest page, CancellationToken cancellationToken)
    {
        RequireReader(caller, departmentCode, regionCode);
        return ReadAsync(page,
            departmentCode is not null ? CaseLists.CardsOfDepartment(departmentCode) : CaseLists.CardsOfRegion(regionCode!),
            line => (line.Cards ?? [])
                .Where(c => departmentCode is not null ? c.DepartmentCode == departmentCode : RegionDirectory.IsWithin(c.RegionCode, regionCode!))
                .Select(c => new CardLine(line.CaseNumber, line.ItemCode, line.Stage, c)),
            lines => lines.OrderByDescending(l => l.Card.RaisedAt).ThenBy(l => l.CaseNumber, StringComparer.Ordinal).ThenBy(l => l.Card.Number),
            cancellationToken);
    }

    /// <summary>
    /// A region's notices are those issued in it and those escalated to it; with neither a department nor a region, a
    /// supervisor's own: the notices they issued.
    /// </summary>
    public Task<Page<NoticeLine>> NoticesAsync(Caller caller, string? departmentCode, string? regionCode, PageRequest page, CancellationToken cancellationToken)
    {
        if (departmentCode is null && regionCode is null)
        {
            caller.Require(PlatformRole.Supervisor);
            return ReadAsync(page, CaseLists.NoticesOfSupervisor(caller.Subject), NoticeLines(n => n.IssuedBy == caller.Subject), ByDeadline, cancellationToken);
        }

        RequireReader(caller, departmentCode, regionCode);
        return ReadAsync(page,
            departmentCode is not null ? CaseLists.NoticesOfDepartment(departmentCode) : CaseLists.NoticesOfRegion(regionCode!),
            NoticeLines(n => departmentCode is not null ? n.DepartmentCode == departmentCode : n.RegionCode == regionCode || n.EscalatedTo == regionCode),
            ByDeadline, cancellationToken);
    }

    private static Func<CaseSummary, IEnumerable<NoticeLine>> NoticeLines(Func<SupervisionNotice, bool> shows) =>
        line => (line.Notices ?? []).Where(shows).Select(n => new NoticeLine(line.CaseNumber, line.ItemCode, line.Stage, n));

    private static IEnumerable<NoticeLine> ByDeadline(IEnumerable<NoticeLine> lines) =>
        lines.OrderBy(l => l.Notice.Deadline).ThenBy(l => l.CaseNumber, StringComparer.Ordinal).ThenBy(l => l.Notice.Number);

    /// <summary>
    /// 投诉 work: a region's (for its supervisors and those above: to accept, to assign, answers to review, clocks turned
    /// yellow or red) or a department's (for its staff and the supervisors over it: assigned, to answer); most urgent first.
    /// </summary>
    public Task<Page<ComplaintWorkLine>> ComplaintsAsync(Caller caller, string? departmentCode, string? regionCode, PageRequest page, CancellationToken cancellationToken)
    {
        RequireReader(caller, departmentCode, regionCode);
        return ReadAsync<ComplaintWorkLine>(page,
            departmentCode is not null ? CaseLists.ComplaintsOfDepartment(departmentCode) : CaseLists.ComplaintsOfRegion(regionCode!),
            line => line.Complaint is { } complaint ? [new ComplaintWorkLine(line.CaseNumber, line.DepartmentCode, line.RegionCode!, complaint, line.Clock)] : [],
            lines => lines.OrderBy(l => l.Clock?.Deadline ?? DateTimeOffset.MaxValue).ThenBy(l => l.Complaint.FiledAt).ThenBy(l => l.Number, StringComparer.Ordinal),
            cancellationToken);
    }

    /// <summary>The dashboard of a region, for its supervisors and those above.</summary>
    public async Task<SupervisionOverview> OverviewAsync(Caller caller, string regionCode, CancellationToken cancellationToken)
    {
        RequireReader(caller, null, regionCode);
        var inProgress = await views.ReadAllAsync(CaseLists.InProgressOf(RegionDirectory.ProvinceOf(regionCode)), cancellationToken).ToListAsync(cancellationToken);
        var all = new PageRequest(int.MaxValue, null);
        var cards = await CardsAsync(caller, null, regionCode, all, cancellationToken);
        var notices = await NoticesAsync(caller, null, regionCode, all, cancellationToken);
        return SupervisionOverview.Of(regionCode, time.GetUtcNow(), inProgress, cards.Items, notices.Items);
    }

    private async Task<Page<T>> ReadAsync<T>(
        PageRequest page, string list, Func<CaseSummary, IEnumerable<T>> linesOf, Func<IEnumerable<T>, IEnumerable<T>> order, CancellationToken cancellationToken)
    {
        var lines = new List<T>();
        await foreach (var line in views.ReadAllAsync(list, cancellationToken))
        {
            lines.AddRange(linesOf(line));
        }

        return page.Slice([.. order(lines)]);
    }

    private static void RequireReader(Caller caller, string? departmentCode, string? regionCode)
    {
        if ((departmentCode is null) == (regionCode is null))
        {
            throw ValidationFailedException.For("departmentCode", "give either 'departmentCode' or 'regionCode'.");
        }

        StaffRules.RequireConsistentToken(caller);
        if (departmentCode is not null
            && !StaffRules.SeesDepartment(caller, departmentCode, departmentCode.Split('-')[0]))
        {
            throw new AccessDeniedException($"The supervision lists of {departmentCode} are for its own staff and the supervisors over its region.");
        }

        if (regionCode is not null && !StaffRules.SupervisesRegion(caller, regionCode))
        {
            throw new AccessDeniedException($"The supervision lists of region {regionCode} are for the supervisors of it and of the regions above it.");
        }
    }

}

/// <summary>One open card and the case it is on.</summary>
public sealed record CardLine(string CaseNumber, string ItemCode, CaseStage Stage, SupervisionCard Card);

/// <summary>One unanswered notice and the case it is on.</summary>
public sealed record NoticeLine(string CaseNumber, string ItemCode, CaseStage Stage, SupervisionNotice Notice);

/// <summary>One complaint on a work list, with the clock running on it (acceptance or handling), if any.</summary>
public sealed record ComplaintWorkLine(string Number, string DepartmentCode, string RegionCode, Complaints.ComplaintLine Complaint, CaseClock? Clock);
