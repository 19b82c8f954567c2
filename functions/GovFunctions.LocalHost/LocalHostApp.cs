using GovFunctions.Api;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Serialization;
using GovFunctions.LocalHost.Development;
using GovFunctions.LocalHost.Endpoints;
using GovFunctions.LocalHost.Outbox;
using GovFunctions.LocalHost.Seeding;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Scalar.AspNetCore;

namespace GovFunctions.LocalHost;

/// <summary>Builds LocalHost. Tests start it the same way as <c>dotnet run</c> does, with their own settings on top.</summary>
public static class LocalHostApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffK ";
        });
        configure?.Invoke(builder);
        // Uploads may be as large as the largest material slot allows (JSON bodies have their own, smaller limits).
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = ServiceItemValidator.MaxMaterialSizeMb * 1024L * 1024L);

        builder.Services.AddGovFunctions(builder.Configuration);
        builder.Services.AddHostedService<CatalogSeeding>();
        builder.Services.AddSingleton<OutboxPump>();
        builder.Services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxPump>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxPump>());
        builder.Services.AddOptions<CatalogSeedOptions>().Bind(builder.Configuration.GetSection(CatalogSeedOptions.SectionName));
        builder.Services.ConfigureHttpJsonOptions(o => GovJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(OpenApiSetup.Configure);

        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Authority = auth.Authority;
            o.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            o.TokenValidationParameters = BearerTokenParameters.Create(auth);
        });
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<DevelopmentTokenIssuer>();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();

        app.MapOpenApi($"/{Routes.Prefix}/openapi.json");
        var api = app.MapGroup($"/{Routes.Prefix}").AddEndpointFilter<ProblemEndpointFilter>();
        api.MapHealthEndpoints();
        api.MapCatalogEndpoints();
        api.MapCaseEndpoints();
        if (app.Environment.IsDevelopment())
        {
            api.MapDevelopmentEndpoints();
            app.MapScalarApiReference($"/{Routes.Prefix}/docs", o => o.WithOpenApiRoutePattern($"/{Routes.Prefix}/openapi.json").WithTitle("GovFunctions API"));
        }

        return app;
    }
}
