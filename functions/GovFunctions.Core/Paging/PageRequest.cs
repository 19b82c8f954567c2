using System.Globalization;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Paging;

/// <summary>Which page a caller asks for. The continuation token is opaque: it is whatever the previous page returned.</summary>
public sealed record PageRequest(int PageSize, string? ContinuationToken)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTokenLength = 4096;

    public static PageRequest Create(int? pageSize, string? continuationToken)
    {
        var errors = new ValidationErrors();
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"must be between 1 and {MaxPageSize}.");
        }

        errors.CheckLength("continuationToken", continuationToken, MaxTokenLength);
        errors.ThrowIfAny();
        return new PageRequest(pageSize ?? DefaultPageSize, string.IsNullOrEmpty(continuationToken) ? null : continuationToken);
    }

    /// <summary>
    /// This page of a list read whole and sorted in the app (the local emulator sorts nothing on the server): the token
    /// is the position to go on from.
    /// </summary>
    public Page<T> Slice<T>(IReadOnlyList<T> sorted)
    {
        var skip = 0;
        if (ContinuationToken is { } token && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip > sorted.Count))
        {
            throw InvalidToken();
        }

        var items = sorted.Skip(skip).Take(PageSize).ToList();
        var next = skip + items.Count;
        return new Page<T>(items, next < sorted.Count ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The refusal of a continuation token the list did not return (malformed, or from another list): a 400 naming it.</summary>
    public static ValidationFailedException InvalidToken() =>
        ValidationFailedException.For("continuationToken", "is not a token this list returned.");
}
