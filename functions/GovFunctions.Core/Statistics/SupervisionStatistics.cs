using GovFunctions.Core.Calendar;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Statistics;

/// <summary>
/// 电子监察 statistics over the counters: per department, region (with the regions below it), item, or the whole
/// platform, for any period, optionally grouped. Each department's days are one single-partition query; a region,
/// an item or the platform reads the departments the scope index names.
/// </summary>
public sealed class SupervisionStatistics(IStatisticsStore store)
{
    /// <summary>
    /// Admins read anything (no filter: the platform); a supervisor reads their region or one below it (no region: their
    /// own); a department's head (its approver) reads their own department.
    /// </summary>
    public async Task<StatisticsReport> ReportAsync(Caller caller, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var filter = Authorized(caller, query.Filter);
        var days = await ReadAsync(filter, query.From, query.To, cancellationToken);
        return StatisticsReport.Of(days, filter, query.From, query.To, query.GroupBy);
    }

    /// <summary>What the filter's scopes counted up to <paramref name="to"/>: every month, and the days of a month the period cuts.</summary>
    public async Task<IReadOnlyList<DayCounters>> ReadAsync(StatisticsFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var departments = filter.DepartmentCode is { } department
            ? [department]
            : (await store.ListScopesAsync(cancellationToken)).Where(filter.Includes).Select(s => s.DepartmentCode).Distinct(StringComparer.Ordinal).ToList();
        var days = new List<DayCounters>();
        foreach (var code in departments)
        {
            await foreach (var day in store.ReadCountersAsync(code, DayPeriod.MonthOf(to), StatisticsReport.DaysRead(from, to), cancellationToken))
            {
                if (filter.Includes(day.Scope))
                {
                    days.Add(day);
                }
            }
        }

        return days;
    }

    private static StatisticsFilter Authorized(Caller caller, StatisticsFilter filter)
    {
        StaffRules.RequireConsistentToken(caller);
        if (filter.RegionCode is { } asked && (asked.Length != 6 || !asked.All(char.IsAsciiDigit)))
        {
            throw ValidationFailedException.For("regionCode", "must be a region code of 6 digits.");
        }

        if (caller.IsIn(PlatformRole.Admin))
        {
            return filter;
        }

        if (caller.IsIn(PlatformRole.Supervisor) && caller.RegionCode is { } own)
        {
            var region = filter.RegionCode ?? own;
            if (!StaffRules.SupervisesRegion(caller, region))
            {
                throw new AccessDeniedException($"The statistics of region {region} are for the supervisors of it and of the regions above it.");
            }

            if (filter.DepartmentCode is { } department && !(department.Length >= 6 && StaffRules.SupervisesRegion(caller, department[..6])))
            {
                throw new AccessDeniedException($"The statistics of {department} are for its own head and the supervisors over its region.");
            }

            return filter with { RegionCode = region };
        }

        if (caller.IsIn(PlatformRole.Approver) && caller.DepartmentCode is { } head)
        {
            var department = filter.DepartmentCode ?? head;
            if (department != head)
            {
                throw new AccessDeniedException($"The statistics of {department} are for its own head and the supervisors over its region.");
            }

            return filter with { DepartmentCode = department };
        }

        throw new AccessDeniedException("The supervision statistics are for supervisors, a department's head (its approver) and admins.");
    }
}

/// <summary>Which cases count: those accepted by a department, of a region (and those below it), of an item — any together.</summary>
public sealed record StatisticsFilter(string? DepartmentCode, string? RegionCode, string? ItemCode)
{
    public bool Includes(CountedScope scope) =>
        (DepartmentCode is null || scope.DepartmentCode == DepartmentCode)
        && (RegionCode is null || RegionDirectory.IsWithin(scope.RegionCode, RegionCode))
        && (ItemCode is null || scope.ItemCode == ItemCode);
}

public sealed record StatisticsQuery(StatisticsFilter Filter, DateOnly From, DateOnly To, StatisticsGrouping GroupBy);

/// <summary>How the rows of a report are cut.</summary>
public enum StatisticsGrouping
{
    None,
    Department,
    Item,
    Region,
    Month,
}
