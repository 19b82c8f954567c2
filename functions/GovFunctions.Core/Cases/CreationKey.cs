namespace GovFunctions.Core.Cases;

/// <summary>
/// What an <c>Idempotency-Key</c> sent with a request that creates a record (a complaint, a disclosure request) stands
/// for: the record it created, or is creating, and the hash of the request it was first used with. Keys are the caller's
/// own (<see cref="Scope"/>: the account, or "anonymous"), so one caller's key never answers another's request.
/// </summary>
public sealed record CreationKey(string Scope, string Key, string RequestHash, string CaseNumber, DateTimeOffset At);

/// <summary>A <see cref="CreationKey"/> as stored, with the ETag a takeover replaces it over.</summary>
public sealed record StoredCreationKey(CreationKey Key, string ETag);

/// <summary>A request that creates a record, sent with an Idempotency-Key.</summary>
public sealed record IdempotentCreation(string Scope, string Key, string Hash)
{
    public const string Anonymous = "anonymous";

    /// <summary>The key of <paramref name="subject"/>'s request (null: anonymous), or null when the request came without one.</summary>
    public static IdempotentCreation? Of(string? subject, string? key, string hash)
    {
        if (key is null)
        {
            return null;
        }

        IdempotencyRule.RequireWellFormed(key);
        return new IdempotentCreation(subject ?? Anonymous, key, hash);
    }
}
