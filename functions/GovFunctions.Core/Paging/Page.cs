namespace GovFunctions.Core.Paging;

/// <summary>One page of a list; pass <see cref="ContinuationToken"/> back to get the next, null when there is none.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
