using System.Globalization;
using System.Text.Json.Nodes;
using GovFunctions.Api.Http;
using GovFunctions.Core.Identity;
using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>Who may call an operation: anyone without a token, and/or callers with a token carrying one of the roles.</summary>
public sealed record OperationCallers(bool Anonymous, IReadOnlyList<PlatformRole> Roles);

/// <summary>Headers an answer of the operation carries, by status.</summary>
public sealed record AnswerHeaders(int Status, IReadOnlyList<string> Names);

/// <summary>An answer whose body is one of several views, depending on the caller, told apart by a property.</summary>
public sealed record AlternativeAnswers(int Status, string Discriminator, IReadOnlyList<(Type View, string Value)> Views);

/// <summary>An answer whose body is a file, in one of these media types.</summary>
public sealed record FileAnswer(int Status, IReadOnlyList<string> ContentTypes);

/// <summary>A request whose body is a file, sent in one of these media types.</summary>
public sealed record FileRequest(IReadOnlyList<string> ContentTypes, string Description);

/// <summary>OpenAPI details the handlers cannot state themselves, since they read the request directly.</summary>
public static class OpenApiMetadata
{
    public static RouteHandlerBuilder ForCallers(this RouteHandlerBuilder builder, params PlatformRole[] roles) =>
        builder.WithMetadata(new OperationCallers(false, roles));

    /// <summary>Anonymous; a token with one of <paramref name="alsoRoles"/> sees more.</summary>
    public static RouteHandlerBuilder ForAnyone(this RouteHandlerBuilder builder, params PlatformRole[] alsoRoles) =>
        builder.WithMetadata(new OperationCallers(true, alsoRoles));

    public static RouteHandlerBuilder WithAnswerHeaders(this RouteHandlerBuilder builder, int status, params string[] names) =>
        builder.WithMetadata(new AnswerHeaders(status, names));

    /// <summary>A 200 that is one of the views, each with its own value of <paramref name="discriminator"/>.</summary>
    public static RouteHandlerBuilder ProducesOneOf(this RouteHandlerBuilder builder, string discriminator, params (Type View, string Value)[] views) => builder
        .Produces(StatusCodes.Status200OK, views[0].View)
        .WithMetadata(new AlternativeAnswers(StatusCodes.Status200OK, discriminator, views));

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, IReadOnlyList<string> contentTypes) => builder
        .Produces(StatusCodes.Status200OK)
        .WithMetadata(new FileAnswer(StatusCodes.Status200OK, contentTypes));

    public static RouteHandlerBuilder AcceptsFile(this RouteHandlerBuilder builder, IReadOnlyList<string> contentTypes, string description) =>
        builder.WithMetadata(new FileRequest(contentTypes, description));

    public static RouteHandlerBuilder WithQueryParameter(this RouteHandlerBuilder builder, TextParameter parameter) =>
        builder.WithParameter(ParameterLocation.Query, parameter);

    public static RouteHandlerBuilder WithHeaderParameter(this RouteHandlerBuilder builder, TextParameter parameter) =>
        builder.WithParameter(ParameterLocation.Header, parameter);

    private static RouteHandlerBuilder WithParameter(this RouteHandlerBuilder builder, ParameterLocation location, TextParameter parameter) =>
        builder.WithParameter(location, parameter.Name, parameter.Description, new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = parameter.MaxLength,
            Enum = parameter.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
        });

    public static RouteHandlerBuilder WithQueryParameter(this RouteHandlerBuilder builder, IntegerParameter parameter) =>
        builder.WithParameter(ParameterLocation.Query, parameter.Name, parameter.Description, new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = parameter.Minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = parameter.Maximum.ToString(CultureInfo.InvariantCulture),
        });

    private static RouteHandlerBuilder WithParameter(this RouteHandlerBuilder builder, ParameterLocation location, string name, string description, OpenApiSchema schema) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter { Name = name, In = location, Description = description, Required = false, Schema = schema });
            return Task.CompletedTask;
        });

    /// <summary>What every write can answer besides its own errors: wrong role, unreadable body (401 comes with who may call it).</summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
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
