using GovFunctions.Api;
using GovFunctions.Api.Http;
using GovFunctions.Api.Http.Kestrel;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GovFunctions.Azure.Queues;
using GovFunctions.Api.Identity;
using GovFunctions.Azure.Tables;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Review;
using GovFunctions.LocalHost.Milestones;
using GovFunctions.LocalHost.Alarms;
using GovFunctions.Core.Serialization;
using GovFunctions.LocalHost.Development;
using GovFunctions.LocalHost.Endpoints;
using GovFunctions.LocalHost.Hosting;
using GovFunctions.LocalHost.Outbox;
using GovFunctions.LocalHost.Seeding;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
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
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestBodySize = ServiceItemValidator.MaxMaterialSizeBytes;
            ServerRejectionAnswers.Configure(o);
        });

        if (builder.Environment.IsDevelopment())
        {
            // Registered before the platform's services, which otherwise take the system clock.
            var clock = new DevelopmentClock(TimeProvider.System, builder.Configuration.GetValue<DateTimeOffset?>(DevelopmentClock.StartAtSetting));
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
            AddDevelopmentKeys(builder);
        }

        builder.Services.AddGovFunctions(builder.Configuration);
        builder.Services.AddHostedService<CatalogSeeding>();
        AddAlarms(builder.Services, builder.Configuration);
        AddProvinceQueues(builder.Services, builder.Configuration);
        builder.Services.AddOptions<OutboxPumpOptions>().Bind(builder.Configuration.GetSection(OutboxPumpOptions.SectionName));
        builder.Services.AddSingleton<OutboxPump>();
        builder.Services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxPump>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxPump>());
        builder.Services.AddHostedService<AuditAnchoring>();
        builder.Services.AddOptions<CatalogSeedOptions>().Bind(builder.Configuration.GetSection(CatalogSeedOptions.SectionName));
        builder.Services.AddProblemDetails();
        PortalCors.Add(builder);
        builder.Services.AddOpenApi(OpenApiSetup.Configure);

        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Authority = auth.Authority;
            o.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            o.TokenValidationParameters = BearerTokenParameters.Create(auth);
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (CallerClaims.Normalize(context.Principal!, auth) is { } principal)
                    {
                        context.Principal = principal;
                    }
                    else
                    {
                        context.Fail("The token names no subject or no role.");
                    }

                    return Task.CompletedTask;
                },
            };
        });
        if (builder.Environment.IsDevelopment())
        {
            // Tokens live in real time, as the bearer handler checks them; the development clock moves only the rules.
            builder.Services.AddSingleton(sp => new DevelopmentTokenIssuer(sp.GetRequiredService<IOptions<AuthOptions>>(), TimeProvider.System));
        }

        var app = builder.Build();
        app.Use((context, next) =>
        {
            // At the start of the answer, so an error page (which clears headers) carries them too.
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseCors();
        app.UseStatusCodePages();
        app.UseAuthentication();

        app.MapOpenApi($"/{Routes.Prefix}/{Routes.OpenApiDocument}").WithName(Operations.GetOpenApiDocument);
        var api = app.MapGroup($"/{Routes.Prefix}").AddEndpointFilter<AuditEndpointFilter>().AddEndpointFilter<ProblemEndpointFilter>().RequireCors(PortalCors.Policy);
        api.MapHealthEndpoints();
        api.MapCatalogEndpoints();
        api.MapCaseEndpoints();
        api.MapReviewEndpoints();
        api.MapMilestoneEndpoints();
        api.MapCalendarEndpoints();
        api.MapCertificateEndpoints();
        api.MapAuditEndpoints();
        api.MapPublicationEndpoints();
        api.MapSupervisionEndpoints();
        api.MapStatisticsEndpoints();
        api.MapRatingEndpoints();
        api.MapComplaintEndpoints();
        api.MapDisclosureEndpoints();
        if (app.Environment.IsDevelopment())
        {
            api.MapDevelopmentEndpoints();
            api.MapClockEndpoints();
            app.MapScalarApiReference($"/{Routes.Prefix}/docs", o => o.WithOpenApiRoutePattern($"/{Routes.Prefix}/{Routes.OpenApiDocument}").WithTitle("GovFunctions API"));
        }

        return app;
    }

    /// <summary>Without a Key Vault, Development seals certificates with keys it generates at first need under <c>.emulators/</c>.</summary>
    private static void AddDevelopmentKeys(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CertificateKeyOptions.SectionName).Get<CertificateKeyOptions>() ?? new CertificateKeyOptions();
        if (options.VaultUri is not { IsAbsoluteUri: true })
        {
            var directory = options.Directory ?? Path.Combine(builder.Environment.ContentRootPath, ".emulators", "certificate-keys");
            builder.Services.AddSingleton<ISecretStore>(new DevelopmentKeyFiles(directory));
        }
    }

    /// <summary>Milestones go to one Storage queue per province: LocalHost's stand-in for the Service Bus topic.</summary>
    private static void AddProvinceQueues(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProvinceQueueOptions>().Bind(configuration.GetSection(ProvinceQueueOptions.SectionName));
        services.AddSingleton(sp => new QueueServiceClient(sp.GetRequiredService<IOptions<ProvinceQueueOptions>>().Value.ConnectionString
            ?? throw new InvalidOperationException("Set ProvinceQueues:ConnectionString (Azurite locally) for LocalHost's province queues.")));
        services.AddSingleton(sp => new ProvinceQueues(sp.GetRequiredService<IOptions<ProvinceQueueOptions>>().Value.QueuePrefix));
        services.AddSingleton<IMilestonePublisher, QueueMilestonePublisher>();
        services.AddSingleton<IPoisonMessageStore, QueuePoisonMessages>();
        services.AddHostedService<ProvinceQueueProvisioning>();
    }

    /// <summary>Alarms in a Table storage store, fired by a hosted runner: LocalHost's stand-in for Durable timers.</summary>
    private static void AddAlarms(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlarmStoreOptions>().Bind(configuration.GetSection(AlarmStoreOptions.SectionName));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AlarmStoreOptions>>().Value;
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Set AlarmStore:ConnectionString (Azurite locally) for LocalHost's alarm store.");
            return new TableServiceClient(connectionString).GetTableClient(options.TableName);
        });
        services.AddSingleton<IAlarmStore>(sp => new TableAlarmStore(sp.GetRequiredService<TableClient>()));
        services.AddSingleton<StoredAlarmScheduler>();
        services.AddSingleton<ICaseAlarmScheduler>(sp => sp.GetRequiredService<StoredAlarmScheduler>());
        services.AddSingleton<AlarmDispatcher>();
        services.AddSingleton<AlarmRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<AlarmRunner>());
    }
}
