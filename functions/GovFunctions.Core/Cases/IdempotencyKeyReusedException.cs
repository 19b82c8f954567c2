namespace GovFunctions.Core.Cases;

/// <summary>An <c>Idempotency-Key</c> sent again with a different request (HTTP 422): a new request needs a new key.</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"Idempotency-Key '{key}' was used before with a different request; use a new key for a new request.");
