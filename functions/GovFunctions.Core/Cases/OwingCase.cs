namespace GovFunctions.Core.Cases;

/// <summary>A case write that left outbox work: the case as written, and the ETag of the note written just before it.</summary>
public sealed record OwingCase(StoredCase Saved, string NoteETag);
