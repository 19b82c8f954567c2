using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>
/// The RFC 9457 problem as the platform writes it (type, title and status always there; errors on a 400 that names
/// fields), and the answers any operation can give whatever it does: the server's own rejections of a request it
/// cannot read, and failures.
/// </summary>
public static class ProblemSchemas
{
    public const string MediaType = "application/problem+json";

    /// <summary>The 401 of every operation that needs a token, under components/responses.</summary>
    public const string Unauthenticated = "Unauthenticated";

    /// <summary>Status → the name under components/responses, added to every operation that does not declare the status itself.</summary>
    public static readonly IReadOnlyList<(int Status, string Response)> ServerAnswers =
    [
        (StatusCodes.Status400BadRequest, "MalformedRequest"),
        (StatusCodes.Status414UriTooLong, "UriTooLong"),
        (StatusCodes.Status431RequestHeaderFieldsTooLarge, "HeadersTooLarge"),
        (StatusCodes.Status500InternalServerError, "ServerFailure"),
        (StatusCodes.Status503ServiceUnavailable, "Unavailable"),
    ];

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["MalformedRequest"] = "The request line or headers cannot be read (for example, %00 in the path).",
        ["UriTooLong"] = "The URL is longer than the server accepts.",
        ["HeadersTooLarge"] = "The headers are larger than the server accepts.",
        ["ServerFailure"] = "The platform failed; the answer names no cause, the logs do (by its traceId).",
        ["Unavailable"] = "A store the operation needs is unreachable, or bearer tokens cannot be checked (identity provider not configured).",
    };

    public static void Declare(OpenApiDocument document)
    {
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["ProblemDetails"] = Problem(withErrors: false);
        document.Components.Schemas["HttpValidationProblemDetails"] = Problem(withErrors: true);
        document.Components.Responses = ServerAnswers.ToDictionary(a => a.Response, a => (IOpenApiResponse)new OpenApiResponse
        {
            Description = Descriptions[a.Response],
            Content = new Dictionary<string, OpenApiMediaType> { [MediaType] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) } },
        });
        document.Components.Responses[Unauthenticated] = new OpenApiResponse
        {
            Description = "No bearer token, or one that is not valid (signature, issuer, audience, lifetime).",
            Headers = new Dictionary<string, IOpenApiHeader> { [ContractHeaders.WwwAuthenticate] = new OpenApiHeaderReference(ContractHeaders.WwwAuthenticate, document) },
            Content = new Dictionary<string, OpenApiMediaType> { [MediaType] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) } },
        };
    }

    private static OpenApiSchema Problem(bool withErrors)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors ? "A problem; errors names each field that is wrong and why (absent when the request itself could not be read)." : "An RFC 9457 problem.",
            Required = new HashSet<string> { "type", "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI naming the kind of problem (about:blank when the status says it all).", 300, "uri-reference"),
                ["title"] = Text("The status's meaning, in words.", 200),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599" },
                ["detail"] = Text("What went wrong with this request.", 2000),
                ["instance"] = Text("The request this problem is about.", 2000),
                ["traceId"] = Text("The W3C trace id to look the request up by in the logs.", 100),
            },
        };
        if (withErrors)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                MaxProperties = 200,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 20, Items = Text("One rule the field breaks.", 2000) },
            };
        }

        return schema;
    }

    private static OpenApiSchema Text(string description, int maxLength, string? format = null) =>
        new() { Type = JsonSchemaType.String, Description = description, MaxLength = maxLength, Format = format };
}
