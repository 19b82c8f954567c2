using System.Runtime.CompilerServices;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.PersonalData;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// Cases on Cosmos DB with optimistic concurrency on the document's ETag; the applicant's personal data encrypted in
/// the document (<see cref="CaseProtection"/>) and in clear only in memory.
/// </summary>
public sealed class CosmosCaseStore(Container container, PersonalDataKeys keys) : ICaseStore
{
    public async Task<StoredCase> CreateAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        var document = CaseDocument.From(CaseProtection.Protect(record, await keys.CipherAsync(cancellationToken)));
        return new StoredCase(record, await container.CreateOrConflictAsync(document, document.PartitionKey, $"Case number {document.Id} is taken.", cancellationToken));
    }

    public async Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken)
    {
        if (await container.ReadOrNullAsync<CaseDocument>(caseNumber, caseNumber, cancellationToken) is not { } document)
        {
            return null;
        }

        var stored = document.ToRecord();
        var cipher = await keys.CipherAsync(cancellationToken, CaseProtection.KeyIdsOf(stored));
        return new StoredCase(CaseProtection.Unprotect(stored, cipher), document.ETag!);
    }

    public async IAsyncEnumerable<string> ListCaseNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The read feed of every partition: no query plan, which the local emulator cannot make across partitions.
        using var feed = container.GetItemQueryIterator<CaseNumberOnly>(queryText: null);
        while (feed.HasMoreResults)
        {
            foreach (var document in await feed.ReadNextAsync(cancellationToken))
            {
                if (document.History is not null)
                {
                    yield return document.Id;
                }
            }
        }
    }

    public async Task<StoredCase> ReplaceAsync(CaseRecord record, string eTag, CancellationToken cancellationToken)
    {
        // Encrypted with the newest key: a case written under an older one is re-encrypted here (rotation, lazily).
        var document = CaseDocument.From(CaseProtection.Protect(record, await keys.CipherAsync(cancellationToken)));
        return new StoredCase(record, await container.ReplaceIfMatchAsync(
            document, document.Id, document.PartitionKey, eTag, $"Case {document.Id} changed since it was read.", cancellationToken));
    }

    public async Task<string> MarkOutboxPendingAsync(OutboxNote note, CancellationToken cancellationToken) =>
        (await container.UpsertItemAsync(OutboxPendingDocument.From(note), new PartitionKey(OutboxPendingDocument.Partition), cancellationToken: cancellationToken)).ETag;

    public async Task<IReadOnlyList<OutboxNote>> ListOutboxPendingAsync(CancellationToken cancellationToken) =>
        (await container.ReadPartitionAsync<OutboxPendingDocument>(OutboxPendingDocument.Partition, cancellationToken)).Select(d => d.ToNote()).ToList();

    public async Task<OutboxNote?> FindOutboxNoteAsync(string caseNumber, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<OutboxPendingDocument>(caseNumber, OutboxPendingDocument.Partition, cancellationToken))?.ToNote();

    public Task<bool> ClearOutboxPendingAsync(string caseNumber, string? ifMatch, CancellationToken cancellationToken) =>
        container.DeleteIfExistsAsync<OutboxPendingDocument>(caseNumber, OutboxPendingDocument.Partition, ifMatch, cancellationToken);

    public async Task<StoredCreationKey?> FindCreationKeyAsync(string scope, string key, CancellationToken cancellationToken) =>
        await container.ReadOrNullAsync<CreationKeyDocument>(key, CreationKeyDocument.PartitionOf(scope), cancellationToken) is { } document
            ? new StoredCreationKey(document.ToKey(), document.ETag!)
            : null;

    public async Task<string?> TryStoreCreationKeyAsync(CreationKey key, string? ifMatch, CancellationToken cancellationToken)
    {
        var document = CreationKeyDocument.From(key);
        try
        {
            return ifMatch is null
                ? await container.CreateOrConflictAsync(document, document.PartitionKey, "The key is taken.", cancellationToken)
                : await container.ReplaceIfMatchAsync(document, document.Id, document.PartitionKey, ifMatch, "The key changed.", cancellationToken);
        }
        catch (Exception e) when (e is ConflictException or PreconditionFailedException)
        {
            return null;
        }
    }
}

/// <summary>What the read feed needs of a document to tell a case from an outbox note.</summary>
internal sealed record CaseNumberOnly(string Id, System.Text.Json.JsonElement? History);
