using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>OpenAPI details the handlers cannot state themselves, since they read the request directly.</summary>
public static class OpenApiMetadata
{
    public static RouteHandlerBuilder WithQueryParameter(this RouteHandlerBuilder builder, string name, string description, bool isInteger = false) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Required = false,
                Schema = new OpenApiSchema { Type = isInteger ? JsonSchemaType.Integer : JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    /// <summary>What every write can answer besides its own errors: no token, wrong role, unreadable body.</summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>What a command on a case can answer besides success: bad fields, unknown case, refused transition, stale If-Match.</summary>
    public static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesWriteProblems()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
