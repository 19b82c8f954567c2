namespace GovFunctions.Core.Catalog;

public enum ServiceItemStatus
{
    /// <summary>Being edited by an administrator; not visible to the public.</summary>
    Draft,

    /// <summary>Released; immutable from now on. The newest published version is the current one.</summary>
    Published,
}
