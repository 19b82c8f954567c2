using GovFunctions.Core.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>The document portals build against: title, bearer security scheme, what every operation states.</summary>
public static class OpenApiSetup
{

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "GovFunctions API",
                Version = "v1",
                Description = "Online government services: service catalog, applications, statutory review, supervision. Errors are RFC 9457 problem+json.",
                Contact = new OpenApiContact { Name = "GovFunctions platform team", Url = new Uri("https://github.com/govfunctions") },
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ContractDocumentTransformer.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWS from the platform's identity provider (OpenID Connect), checked as RFC8725 advises: signature with the provider's published keys only (no 'none', no key from the token), issuer, audience, lifetime. Claims: sub, roles (applicant, clerk, reviewer, approver, supervisor, admin), department_code, region_code, credit_code.",
            };
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer<ContractDocumentTransformer>();
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // A nullable enum property says "or null" where it is used (oneOf with type null); the enum itself lists only values.
            if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null))
            {
                schema.Enum = values.Where(v => v is not null).ToList();
            }

            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(EachMaxLengthAttribute), inherit: true) is [EachMaxLengthAttribute each, ..]
                && schema.Items is OpenApiSchema items)
            {
                items.MaxLength = each.Length;
            }

            return Task.CompletedTask;
        });
    }
}
