namespace GovFunctions.Core.Errors;

/// <summary>The caller is known but lacks the role or scope for the operation (HTTP 403).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
