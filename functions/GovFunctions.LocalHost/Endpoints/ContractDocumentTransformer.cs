using System.Globalization;
using System.Text.Json.Nodes;
using GovFunctions.Core.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>
/// What every operation of the document states beyond its own declaration: who may call it (security and the roles in
/// its description), the headers its answers carry, the answers any operation can give (500, 503; 401 with its
/// challenge), and answers that are one of several views. An operation that does not say who may call it stops the
/// document from being built, so none is published without.
/// </summary>
public sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers = ContractHeaders.Declarations();
        ProblemSchemas.Declare(document);
        var endpoints = context.DescriptionGroups.SelectMany(g => g.Items)
            .Select(d => d.ActionDescriptor.EndpointMetadata)
            .Where(m => m.OfType<IEndpointNameMetadata>().Any())
            .ToDictionary(m => m.OfType<IEndpointNameMetadata>().First().EndpointName, m => m);

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            var metadata = endpoints[operation.OperationId!];
            var callers = metadata.OfType<OperationCallers>().SingleOrDefault()
                ?? throw new InvalidOperationException($"Operation {operation.OperationId} does not say who may call it (ForCallers or ForAnyone).");
            DescribeCallers(document, operation, callers);
            operation.Responses ??= [];
            foreach (var (status, response) in ProblemSchemas.ServerAnswers)
            {
                operation.Responses.TryAdd(Status(status), new OpenApiResponseReference(response, document));
            }

            foreach (var file in metadata.OfType<FileRequest>())
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = file.Description,
                    Content = file.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType()),
                };
            }

            foreach (var file in metadata.OfType<FileAnswer>())
            {
                var response = (OpenApiResponse)operation.Responses[Status(file.Status)];
                response.Content = file.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType());
            }

            foreach (var headers in metadata.OfType<AnswerHeaders>())
            {
                foreach (var name in headers.Names)
                {
                    AddHeader(document, operation, headers.Status, name);
                }
            }

            // An operation open to anyone treats a token it cannot read as no token, so only those that need one answer 401.
            if (!callers.Anonymous)
            {
                operation.Responses[Status(StatusCodes.Status401Unauthorized)] = new OpenApiResponseReference(ProblemSchemas.Unauthenticated, document);
            }

            foreach (var alternatives in metadata.OfType<AlternativeAnswers>())
            {
                var media = operation.Responses[Status(alternatives.Status)].Content!["application/json"];
                media.Schema = new OpenApiSchema
                {
                    OneOf = alternatives.Views.Select(v => (IOpenApiSchema)new OpenApiSchemaReference(v.View.Name, document)).ToList(),
                    Discriminator = new OpenApiDiscriminator
                    {
                        PropertyName = alternatives.Discriminator,
                        Mapping = alternatives.Views.ToDictionary(v => v.Value, v => new OpenApiSchemaReference(v.View.Name, document)),
                    },
                };
                foreach (var (view, value) in alternatives.Views)
                {
                    var schema = (OpenApiSchema)document.Components!.Schemas![view.Name];
                    schema.Properties![alternatives.Discriminator] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)!] };
                    schema.Required ??= new HashSet<string>();
                    schema.Required.Add(alternatives.Discriminator);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Security as the operation needs it (an empty requirement for anonymous ones), the roles in words, a summary from the name.</summary>
    private static void DescribeCallers(OpenApiDocument document, OpenApiOperation operation, OperationCallers callers)
    {
        operation.Security = [];
        if (callers.Anonymous)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        if (callers.Roles.Count > 0)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
        }

        var roles = string.Join(" or ", callers.Roles.Select(RoleName));
        var who = (callers.Anonymous, callers.Roles.Count > 0) switch
        {
            (true, false) => "Callers: anyone; no token needed.",
            (true, true) => $"Callers: anyone; no token needed. A bearer token with the role {roles} sees more.",
            _ => $"Callers: a bearer token with the role {roles}.",
        };
        operation.Description = $"{operation.Summary}\n\n{who}";
        operation.Summary = Words(operation.OperationId!);
    }

    private static void AddHeader(OpenApiDocument document, OpenApiOperation operation, int status, string name)
    {
        if (operation.Responses!.TryGetValue(Status(status), out var response) && response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[name] = new OpenApiHeaderReference(name, document);
        }
        else
        {
            throw new InvalidOperationException($"Operation {operation.OperationId} declares headers for status {status}, which it does not declare.");
        }
    }

    private static string Status(int status) => status.ToString(CultureInfo.InvariantCulture);

    private static string RoleName(PlatformRole role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <summary>"GetPublicCaseStatus" → "Get public case status".</summary>
    private static string Words(string operationId) =>
        string.Concat(operationId.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
