using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>The document portals build against: title, bearer security scheme.</summary>
public static class OpenApiSetup
{
    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "GovFunctions API",
                Version = "v1",
                Description = "Online government services: service catalog, applications, statutory review, supervision. Errors are RFC 9457 problem+json.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Token with claims sub, roles (applicant, clerk, reviewer, approver, supervisor, admin), department_code, region_code, credit_code.",
            };
            return Task.CompletedTask;
        });
}
