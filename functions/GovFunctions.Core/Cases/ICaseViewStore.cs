using GovFunctions.Core.Paging;

namespace GovFunctions.Core.Cases;

/// <summary>The case lists (see <see cref="CaseLists"/>): view documents kept by the outbox processor.</summary>
public interface ICaseViewStore
{
    Task UpsertAsync(string list, CaseSummary summary, CancellationToken cancellationToken);

    /// <summary>Removes a case from a list; nothing happens when it is not there.</summary>
    Task RemoveAsync(string list, string caseNumber, CancellationToken cancellationToken);

    Task<Page<CaseSummary>> ListAsync(string list, PageRequest page, CancellationToken cancellationToken);
}
