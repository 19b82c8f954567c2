using GovFunctions.Core.Milestones;

namespace GovFunctions.Core.Cases;

/// <summary>Where cases live: one document per case, replaced only by whoever read its current version.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case; <see cref="Errors.ConflictException"/> when its number is taken.</summary>
    Task<StoredCase> CreateAsync(CaseRecord record, CancellationToken cancellationToken);

    Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken);

    /// <summary>Every case's number: a query over every partition, for maintenance that must see every case (the statistics rebuild).</summary>
    IAsyncEnumerable<string> ListCaseNumbersAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a case if unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task<StoredCase> ReplaceAsync(CaseRecord record, string eTag, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that a case's outbox holds work, before the case write that puts it there: a crash between the two
    /// leaves a note with nothing behind it (harmless), never work without a note. Answers the note's ETag.
    /// </summary>
    Task<string> MarkOutboxPendingAsync(OutboxNote note, CancellationToken cancellationToken);

    /// <summary>The cases whose outbox may hold work: what the processor rescans, and the backlog.</summary>
    Task<IReadOnlyList<OutboxNote>> ListOutboxPendingAsync(CancellationToken cancellationToken);

    Task<OutboxNote?> FindOutboxNoteAsync(string caseNumber, CancellationToken cancellationToken);

    /// <summary>Removes the note; with <paramref name="ifMatch"/> only while it is that version (a newer note stays), answering whether it went.</summary>
    Task<bool> ClearOutboxPendingAsync(string caseNumber, string? ifMatch, CancellationToken cancellationToken);

    Task<StoredCreationKey?> FindCreationKeyAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a creation key before the record it names is created: new (<paramref name="ifMatch"/> null), or over the one
    /// stored with that ETag. Answers the new ETag, or null when another request stored or changed the key first.
    /// </summary>
    Task<string?> TryStoreCreationKeyAsync(CreationKey key, string? ifMatch, CancellationToken cancellationToken);
}
