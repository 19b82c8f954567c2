namespace GovFunctions.Api;

/// <summary>Route templates, relative to the <c>/api</c> prefix both hosts serve them under.</summary>
public static class Routes
{
    public const string Prefix = "api";

    public const string Health = "health";

    public const string ServiceItems = "catalog/items";
    public const string ServiceItem = "catalog/items/{code}";
    public const string ServiceItemVersion = "catalog/items/{code}/versions/{version}";
    public const string ServiceItemDraft = "catalog/items/{code}/draft";
    public const string ServiceItemPublication = "catalog/items/{code}/draft/publish";
}
