using Azure.Security.KeyVault.Secrets;
using Azure.Storage.Blobs;
using GovFunctions.Api.Certificates;
using GovFunctions.Azure.Identity;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Core.Certificates;
using GovFunctions.Api.Audit;
using GovFunctions.Api.Participation;
using GovFunctions.Api.Publication;
using GovFunctions.Api.Statistics;
using GovFunctions.Api.Supervision;
using GovFunctions.Api.Calendar;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Complaints;
using GovFunctions.Api.Disclosure;
using GovFunctions.Api.Contract;
using GovFunctions.Api.Catalog;
using GovFunctions.Api.Health;
using GovFunctions.Api.Hosting;
using GovFunctions.Api.Identity;
using GovFunctions.Api.Milestones;
using GovFunctions.Api.Review;
using GovFunctions.Azure.Blobs;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Messaging;
using GovFunctions.Core.Audit;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Publication;
using GovFunctions.Core.Statistics;
using GovFunctions.Core.Supervision;
using GovFunctions.Core.Serialization;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Complaints;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.PersonalData;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovFunctions.Api;

public static class ServiceRegistration
{
    /// <summary>
    /// Everything both hosts share: settings, adapters, application services and API handlers. Each host adds its
    /// own <see cref="IOutboxSignal"/> (what drives the outbox processor), <see cref="IMilestonePublisher"/> and
    /// <see cref="IPoisonMessageStore"/> (Service Bus in Azure, Storage queues locally).
    /// </summary>
    public static IServiceCollection AddGovFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        // Both hosts answer in the platform's JSON shape (the worker's results are executed with these options too).
        services.ConfigureHttpJsonOptions(o => GovJson.ConfigureAnswers(o.SerializerOptions));
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.SectionName));
        services.AddOptions<BlobStorageOptions>().Bind(configuration.GetSection(BlobStorageOptions.SectionName));
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        services.AddOptions<AlarmOptions>().Bind(configuration.GetSection(AlarmOptions.SectionName));
        services.AddOptions<RatingOptions>().Bind(configuration.GetSection(RatingOptions.SectionName));
        services.AddOptions<ComplaintOptions>().Bind(configuration.GetSection(ComplaintOptions.SectionName));
        services.AddOptions<ServiceBusOptions>().Bind(configuration.GetSection(ServiceBusOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkCalendarOptions>().Bind(configuration.GetSection(WorkCalendarOptions.SectionName));
        services.AddSingleton<WorkCalendars>();
        services.AddSingleton(RegionDirectory.Official);

        services.TryAddSingleton(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.AddSingleton(sp => sp.GetRequiredService<CosmosClient>().GetDatabase(sp.GetRequiredService<IOptions<CosmosOptions>>().Value.DatabaseName));
        services.AddSingleton<ICatalogStore>(sp => new CosmosCatalogStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Catalog)));
        services.AddSingleton<PersonalDataKeys>();
        services.AddSingleton<ICaseStore>(sp => new CosmosCaseStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Cases), sp.GetRequiredService<PersonalDataKeys>()));
        services.AddSingleton<ICaseViewStore>(sp => new CosmosCaseViewStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.CaseViews)));
        services.AddSingleton<IAuditStore>(sp => new CosmosAuditStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Audit)));
        services.AddSingleton<IWorkCalendarStore>(sp => new CosmosWorkCalendarStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Catalog)));
        services.AddSingleton<IStatisticsStore>(sp => new CosmosStatisticsStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Statistics)));

        services.AddSingleton(sp => BlobServiceClientFactory.Create(sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value));
        services.AddSingleton<IMaterialStore>(sp => new BlobMaterialStore(
            sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.MaterialsContainer)));

        services.AddHostedService<StorageProvisioning>();
        services.AddHostedService<WorkCalendarRefresh>();

        services.AddSingleton<ServiceItemValidator>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<CatalogApi>();
        services.AddSingleton<MaterialIntake>();
        services.AddSingleton<ProvinceBackoff>();
        services.AddSingleton<StatisticsCounting>();
        services.AddSingleton<StatisticsRebuild>();
        services.AddSingleton<SupervisionStatistics>();
        services.AddSingleton<PublicStatistics>();
        services.AddSingleton<StatisticsApi>();
        services.AddSingleton<CaseOutboxProcessor>();
        services.AddSingleton<MilestoneOperations>();
        services.AddSingleton<MilestonesApi>();
        services.AddSingleton<CaseChanges>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditLookup>();
        services.AddSingleton<CaseHistoryAudit>();
        services.AddSingleton<RequestAudit>();
        services.AddSingleton<AuditApi>();
        services.AddSingleton<ResultPublication>();
        services.AddSingleton<PublicationApi>();
        services.AddSingleton<SupervisionLists>();
        services.AddSingleton<DepartmentNotices>();
        services.AddSingleton<ComplaintService>();
        services.AddSingleton<ComplaintApi>();
        services.AddSingleton<DisclosureService>();
        services.AddSingleton<DisclosureApi>();
        services.AddSingleton<SupervisionApi>();
        services.AddSingleton<RatingService>();
        services.AddSingleton<RatingApi>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewApi>();
        services.AddOptions<PublicQueryLimitOptions>().Bind(configuration.GetSection(PublicQueryLimitOptions.SectionName));
        services.AddSingleton<PublicQueryLimiter>();
        services.AddSingleton<CaseApi>();
        services.AddSingleton<HealthApi>();
        services.AddSingleton<ContractApi>();
        services.AddSingleton<CalendarYearValidator>();
        services.AddSingleton<WorkCalendarService>();
        services.AddSingleton<CalendarApi>();
        AddCertificates(services, configuration);
        return services;
    }

    /// <summary>
    /// Certificates seal with keys from Key Vault when <c>CertificateKeys:VaultUri</c> is set. Without it a host must
    /// have registered its own key store first (LocalHost does in Development); otherwise issuing or verifying fails.
    /// </summary>
    private static void AddCertificates(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateKeyOptions>().Bind(configuration.GetSection(CertificateKeyOptions.SectionName));
        services.AddOptions<CertificateOptions>().Bind(configuration.GetSection(CertificateOptions.SectionName));
        services.TryAddSingleton<ISecretStore>(sp => new KeyVaultSecretStore(new SecretClient(
            sp.GetRequiredService<IOptions<CertificateKeyOptions>>().Value.VaultUri is { IsAbsoluteUri: true } vault
                ? vault
                : throw new InvalidOperationException("Set CertificateKeys:VaultUri: the Key Vault that holds the certificate sealing keys."),
            AzureCredential.Create())));
        services.AddSingleton<IssuerKeyRing>();
        services.AddSingleton<CertificateIssuer>();
        services.AddSingleton<CertificateService>();
        services.AddSingleton<CertificateVerifier>();
        services.AddSingleton<CertificateStatusLists>();
        services.AddSingleton<ICertificateIndexStore>(sp => new CosmosCertificateIndexStore(sp.GetRequiredService<Database>().GetContainer(CosmosContainers.Catalog)));
        services.AddSingleton<CertificateApi>();
    }
}
