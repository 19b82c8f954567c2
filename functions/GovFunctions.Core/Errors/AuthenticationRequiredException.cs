namespace GovFunctions.Core.Errors;

/// <summary>The operation needs a bearer token and none valid came with the request (HTTP 401).</summary>
public sealed class AuthenticationRequiredException() : Exception("This operation needs a valid bearer token.");
