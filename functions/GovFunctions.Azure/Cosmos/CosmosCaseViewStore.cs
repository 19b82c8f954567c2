using GovFunctions.Core.Cases;
using GovFunctions.Core.Paging;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>The case lists in the <c>case-views</c> container, one partition per list.</summary>
public sealed class CosmosCaseViewStore(Container container) : ICaseViewStore
{
    public async Task UpsertAsync(string list, CaseSummary summary, CancellationToken cancellationToken) =>
        await container.UpsertItemAsync(new CaseViewDocument(summary.CaseNumber, list, summary), new PartitionKey(list), cancellationToken: cancellationToken);

    public Task RemoveAsync(string list, string caseNumber, CancellationToken cancellationToken) =>
        container.DeleteIfExistsAsync<CaseViewDocument>(caseNumber, list, ifMatch: null, cancellationToken);

    public Task<Page<CaseSummary>> ListAsync(string list, PageRequest page, CancellationToken cancellationToken) =>
        container.ReadPageAsync<CaseViewDocument, CaseSummary>(CosmosResponses.PartitionQuery(list), list, page, d => d.Summary, cancellationToken);
}
