namespace GovFunctions.Api.Contract;

/// <summary>
/// Serves the committed API contract (docs/openapi.json, built into this assembly): what portals generate their
/// clients from, in Azure as locally. A test holds it equal to the document a production LocalHost generates.
/// </summary>
public sealed class ContractApi
{
    private readonly byte[] _document = Read();

    public IResult GetOpenApiDocument(HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(_document, "application/json");
    }

    private static byte[] Read()
    {
        using var stream = typeof(ContractApi).Assembly.GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("The API contract is not built into GovFunctions.Api (docs/openapi.json).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
