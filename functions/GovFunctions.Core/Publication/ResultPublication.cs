using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Paging;

namespace GovFunctions.Core.Publication;

/// <summary>结果公示: the published decisions of an item or of a deciding department over a period of Beijing days, newest first.</summary>
public sealed class ResultPublication(ICaseViewStore views, TimeProvider time)
{
    /// <summary>Exactly one of <paramref name="itemCode"/> and <paramref name="departmentCode"/>; reads one list per month of the period.</summary>
    public async Task<Page<PublishedResult>> ListAsync(string? itemCode, string? departmentCode, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        if ((itemCode is null) == (departmentCode is null))
        {
            throw ValidationFailedException.For("itemCode", "give either 'itemCode' or 'departmentCode'.");
        }

        var (first, last) = DayPeriod.Of(from, to, ChinaTime.DateOf(time.GetUtcNow()));
        var results = new List<PublishedResult>();
        for (var month = DayPeriod.MonthOf(first); month <= last; month = month.AddMonths(1))
        {
            var list = itemCode is not null ? CaseLists.PublishedOfItem(itemCode, month) : CaseLists.PublishedOfDepartment(departmentCode!, month);
            await foreach (var line in views.ReadAllAsync(list, cancellationToken))
            {
                if (line.Result is { } result && result.DecidedOn >= first && result.DecidedOn <= last)
                {
                    results.Add(result);
                }
            }
        }

        return page.Slice([.. results.OrderByDescending(r => r.DecidedAt).ThenBy(r => r.CaseNumber, StringComparer.Ordinal)]);
    }
}
