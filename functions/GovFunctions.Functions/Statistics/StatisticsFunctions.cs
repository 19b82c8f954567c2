using GovFunctions.Api;
using GovFunctions.Api.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Statistics;

/// <summary>电子监察 statistics: the report, its CSV, the public monthly figures and the rebuild.</summary>
public sealed class StatisticsFunctions(StatisticsApi api)
{
    [Function(Operations.GetSupervisionStatistics)]
    public Task<IResult> GetSupervisionStatistics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionStatistics)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetSupervisionStatistics(request, cancellationToken);

    [Function(Operations.ExportSupervisionStatistics)]
    public Task<IResult> ExportSupervisionStatistics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionStatisticsExport)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ExportSupervisionStatistics(request, cancellationToken);

    [Function(Operations.GetPublicStatistics)]
    public Task<IResult> GetPublicStatistics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PublicStatistics)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetPublicStatistics(request, cancellationToken);

    [Function(Operations.GetPublicRatings)]
    public Task<IResult> GetPublicRatings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PublicRatings)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetPublicRatings(request, cancellationToken);

    [Function(Operations.RebuildSupervisionStatistics)]
    public Task<IResult> RebuildSupervisionStatistics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SupervisionStatisticsRebuild)] HttpRequest request, CancellationToken cancellationToken) =>
        api.RebuildSupervisionStatistics(request, cancellationToken);
}
