namespace GovFunctions.Core.Errors;

/// <summary>The caller's copy is stale: the stored version changed since it was read (HTTP 412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
