namespace GovFunctions.Core.Audit;

/// <summary>
/// Where the audit trail is kept. Records are only ever created: a sequence number of a chain is taken by the first
/// record written with it, and nothing here replaces or deletes one.
/// </summary>
public interface IAuditStore
{
    /// <summary>Writes the record at its sequence number of its chain; <see cref="Errors.ConflictException"/> when that number is taken.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    Task<AuditRecord?> ReadAsync(AuditChain chain, long sequence, CancellationToken cancellationToken);

    /// <summary>Lists the chain under its day (where verification and the anchor find every chain of a day).</summary>
    Task ListChainAsync(AuditChain chain, CancellationToken cancellationToken);

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
