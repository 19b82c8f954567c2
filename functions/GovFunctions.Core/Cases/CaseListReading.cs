using System.Runtime.CompilerServices;
using GovFunctions.Core.Paging;

namespace GovFunctions.Core.Cases;

public static class CaseListReading
{
    /// <summary>A whole case list, read page by page as it is walked: a long list is never held at once.</summary>
    public static async IAsyncEnumerable<CaseSummary> ReadAllAsync(this ICaseViewStore views, string list, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await views.ListAsync(list, new PageRequest(PageRequest.MaxPageSize, token), cancellationToken);
            foreach (var summary in page.Items)
            {
                yield return summary;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
