namespace GovFunctions.Core.Cases;

/// <summary>Where cases live: one document per case, replaced only by whoever read its current version.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case; <see cref="Errors.ConflictException"/> when its number is taken.</summary>
    Task<StoredCase> CreateAsync(CaseRecord record, CancellationToken cancellationToken);

    Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken);

    /// <summary>Replaces a case if unchanged since <paramref name="eTag"/>; <see cref="Errors.PreconditionFailedException"/> otherwise.</summary>
    Task<StoredCase> ReplaceAsync(CaseRecord record, string eTag, CancellationToken cancellationToken);
}
