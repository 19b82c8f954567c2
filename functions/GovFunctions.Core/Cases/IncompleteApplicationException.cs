namespace GovFunctions.Core.Cases;

/// <summary>A submission that lacks something: every missing or invalid field and material, by name (HTTP 422).</summary>
public sealed class IncompleteApplicationException(IReadOnlyDictionary<string, string> missing)
    : Exception("The application is incomplete: " + string.Join(", ", missing.Keys))
{
    public IReadOnlyDictionary<string, string> Missing { get; } = missing;
}
