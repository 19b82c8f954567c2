namespace GovFunctions.Core.Audit;

/// <summary>
/// Where the audit trail is kept. Records are only ever created: a sequence number of a chain is taken by the first
/// record written with it, and nothing here replaces or deletes one.
/// </summary>
public interface IAuditStore
{
    /// <summary>The chain's end as last noted: a hint, behind when records were written since (by up to <see cref="AuditTrail.HeadNoteEvery"/>).</summary>
    Task<AuditLink?> ReadHeadAsync(AuditChain chain, CancellationToken cancellationToken);

    Task<AuditRecord?> ReadAsync(AuditChain chain, long sequence, CancellationToken cancellationToken);

    /// <summary>Writes the record at its sequence number; false when another record took that number first.</summary>
    Task<bool> TryAppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Notes the chain's end in its day's list of chains (where verification and the anchor find every chain of a day).</summary>
    Task NoteHeadAsync(AuditChain chain, AuditLink head, CancellationToken cancellationToken);

    /// <summary>Files a copy of the record under the case it concerns, for the case's audit list.</summary>
    Task FileUnderCaseAsync(string caseNumber, AuditRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditChain>> ListChainsAsync(DateOnly day, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditRecord>> ReadChainAsync(AuditChain chain, CancellationToken cancellationToken);

    /// <summary>The records about one case, or by one subject, on the Beijing days from <paramref name="from"/> to <paramref name="to"/>, in no particular order.</summary>
    Task<IReadOnlyList<AuditRecord>> ListAsync(AuditRecordFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    Task<AuditAnchor?> ReadAnchorAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Keeps the day's first anchor: an anchor already there stays and is answered.</summary>
    Task<AuditAnchor> SaveAnchorAsync(AuditAnchor anchor, CancellationToken cancellationToken);
}

/// <summary>Whose records: those filed under a case, or those one subject's requests wrote.</summary>
public sealed record AuditRecordFilter(string? CaseNumber, string? Subject);
