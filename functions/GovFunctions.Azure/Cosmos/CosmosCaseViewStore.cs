using System.Net;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Paging;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>The case lists in the <c>case-views</c> container, one partition per list.</summary>
public sealed class CosmosCaseViewStore(Container container) : ICaseViewStore
{
    public async Task UpsertAsync(string list, CaseSummary summary, CancellationToken cancellationToken) =>
        await container.UpsertItemAsync(new CaseViewDocument(summary.CaseNumber, list, summary), new PartitionKey(list), cancellationToken: cancellationToken);

    public async Task RemoveAsync(string list, string caseNumber, CancellationToken cancellationToken)
    {
        // A point delete of a missing document is fine on Cosmos DB (404), but the emulator may fail it like a
        // point read (see README), so look first within the partition.
        if (await container.ReadOrNullAsync<CaseViewDocument>(caseNumber, list, cancellationToken) is null)
        {
            return;
        }

        try
        {
            await container.DeleteItemAsync<CaseViewDocument>(caseNumber, new PartitionKey(list), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    public Task<Page<CaseSummary>> ListAsync(string list, PageRequest page, CancellationToken cancellationToken) =>
        container.ReadPageAsync<CaseViewDocument, CaseSummary>(
            new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @list").WithParameter("@list", list), list, page, d => d.Summary, cancellationToken);
}
