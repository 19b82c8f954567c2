namespace GovFunctions.Core.Errors;

/// <summary>The resource does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string message) : Exception(message);
