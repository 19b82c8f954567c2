namespace GovFunctions.Api.Identity;

/// <summary>The token settings are incomplete (no authority, issuer or audience): no token can be checked, so calls that need one answer 503 and the health check says why.</summary>
public sealed class IdentityProviderNotConfiguredException(string message) : InvalidOperationException(message);
