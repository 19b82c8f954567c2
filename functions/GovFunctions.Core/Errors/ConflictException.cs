namespace GovFunctions.Core.Errors;

/// <summary>The request is well formed but the resource's current state refuses it (HTTP 409).</summary>
public sealed class ConflictException(string message) : Exception(message);
