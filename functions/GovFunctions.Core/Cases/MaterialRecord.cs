namespace GovFunctions.Core.Cases;

/// <summary>What the case records of one uploaded file. A replaced file keeps its record, marked superseded.</summary>
public sealed record MaterialRecord(
    string SlotId,
    string FileName,
    long Size,
    string ContentType,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy,
    bool Superseded = false);
