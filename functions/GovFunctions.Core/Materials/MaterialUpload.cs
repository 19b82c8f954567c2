namespace GovFunctions.Core.Materials;

/// <summary>
/// A direct upload to storage, authorised for one material slot of one case: the portal PUTs the file to
/// <see cref="UploadUrl"/> (write-only, this one staging blob) before <see cref="ExpiresAt"/>, then completes the
/// upload, which checks the file as a direct upload is checked and records it.
/// </summary>
public sealed record MaterialUpload(string UploadId, Uri UploadUrl, DateTimeOffset ExpiresAt, long MaxSizeBytes, IReadOnlyList<string> AcceptedFileTypes);
