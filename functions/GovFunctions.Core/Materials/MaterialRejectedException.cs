namespace GovFunctions.Core.Materials;

/// <summary>An uploaded file the slot does not take: too large (HTTP 413) or of a type it does not accept (HTTP 415).</summary>
public sealed class MaterialRejectedException(MaterialRejection reason, string message) : Exception(message)
{
    public MaterialRejection Reason { get; } = reason;
}

public enum MaterialRejection
{
    TooLarge,
    UnsupportedType,
}
