using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>The open 黄牌/红牌 of a department (its own staff, supervisors over its region) or of a region (its supervisors and those above), newest first.</summary>
public sealed class CardLists(ICaseViewStore views)
{
    public async Task<Page<CardLine>> ListAsync(Caller caller, string? departmentCode, string? regionCode, PageRequest page, CancellationToken cancellationToken)
    {
        if ((departmentCode is null) == (regionCode is null))
        {
            throw ValidationFailedException.For("departmentCode", "give either 'departmentCode' or 'regionCode'.");
        }

        StaffRules.RequireConsistentToken(caller);
        string list;
        Func<SupervisionCard, bool> shows;
        if (departmentCode is not null)
        {
            var ownStaff = StaffRules.IsStaff(caller) && caller.DepartmentCode == departmentCode;
            if (!ownStaff && !Supervises(caller, departmentCode.Split('-')[0]))
            {
                throw new AccessDeniedException($"The cards of {departmentCode} are for its own staff and the supervisors over its region.");
            }

            list = CaseLists.CardsOfDepartment(departmentCode);
            shows = c => c.DepartmentCode == departmentCode;
        }
        else
        {
            if (!Supervises(caller, regionCode!))
            {
                throw new AccessDeniedException($"The cards of region {regionCode} are for the supervisors of it and of the regions above it.");
            }

            list = CaseLists.CardsOfRegion(regionCode!);
            shows = c => RegionDirectory.IsWithin(c.RegionCode, regionCode!);
        }

        var lines = new List<CardLine>();
        await foreach (var line in views.ReadAllAsync(list, cancellationToken))
        {
            lines.AddRange((line.Cards ?? []).Where(shows).Select(c => new CardLine(line.CaseNumber, line.ItemCode, line.Stage, c)));
        }

        return page.Slice([.. lines.OrderByDescending(l => l.Card.RaisedAt).ThenBy(l => l.CaseNumber, StringComparer.Ordinal).ThenBy(l => l.Card.Number)]);
    }

    private static bool Supervises(Caller caller, string regionCode) =>
        caller.IsIn(PlatformRole.Supervisor) && caller.RegionCode is { } own && regionCode.Length == 6 && RegionDirectory.IsWithin(regionCode, own);
}

/// <summary>One open card and the case it is on.</summary>
public sealed record CardLine(string CaseNumber, string ItemCode, CaseStage Stage, SupervisionCard Card);
