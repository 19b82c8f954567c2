using System.Text.RegularExpressions;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Safe retries of a command with an <c>Idempotency-Key</c>: the same key with the same request replays the
/// first answer and changes nothing; the same key with a different request is refused (422), because the
/// client is reusing a key for something else.
/// </summary>
public static partial class IdempotencyRule
{
    public enum Outcome
    {
        /// <summary>The key is new: carry the command out and remember the key with the request's hash.</summary>
        Proceed,

        /// <summary>The same request came before: answer as then, change nothing.</summary>
        Replay,

        /// <summary>The key was used for a different request.</summary>
        KeyReused,
    }

    /// <param name="used">The request hash each key was first used with on this case.</param>
    public static Outcome Evaluate(IReadOnlyDictionary<string, string> used, string key, string requestHash)
    {
        RequireWellFormed(key);
        return !used.TryGetValue(key, out var firstHash) ? Outcome.Proceed
            : firstHash == requestHash ? Outcome.Replay
            : Outcome.KeyReused;
    }

    public static void RequireWellFormed(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw ValidationFailedException.For("Idempotency-Key", "must be 1 to 64 letters, digits, '-' or '_'.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex KeyPattern();
}
