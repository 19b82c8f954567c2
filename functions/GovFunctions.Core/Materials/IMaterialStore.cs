namespace GovFunctions.Core.Materials;

/// <summary>
/// Where application materials (申请材料) are kept: under their case, addressed by the SHA-256 of their
/// content, so a stored file can be checked against the hash the case records.
/// </summary>
public interface IMaterialStore
{
    /// <summary>Streams <paramref name="content"/> into storage and returns what was stored; nothing is buffered whole.</summary>
    Task<StoredMaterial> SaveAsync(string caseNumber, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens a stored material for reading, or null when there is none.</summary>
    Task<MaterialContent?> OpenAsync(string caseNumber, string sha256, CancellationToken cancellationToken);

    /// <summary>A write-only URL for one staging blob of the slot, valid for <paramref name="lifetime"/>, for a portal to upload to directly.</summary>
    Task<(Uri Url, DateTimeOffset ExpiresAt)> AuthorizeUploadAsync(string caseNumber, string slotId, string uploadId, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Opens what was uploaded to a staging blob, or null when nothing was.</summary>
    Task<Stream?> OpenUploadAsync(string caseNumber, string slotId, string uploadId, CancellationToken cancellationToken);

    Task DeleteUploadAsync(string caseNumber, string slotId, string uploadId, CancellationToken cancellationToken);
}

public sealed record StoredMaterial(string Sha256, long Size, string ContentType);

public sealed record MaterialContent(Stream Content, long Size, string ContentType, string Sha256);
