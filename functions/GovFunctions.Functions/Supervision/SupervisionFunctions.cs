using GovFunctions.Api;
using GovFunctions.Api.Supervision;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Supervision;

/// <summary>电子监察's lists of cards and notices, and the overview.</summary>
public sealed class SupervisionFunctions(SupervisionApi api)
{
    [Function(Operations.ListSupervisionCards)]
    public Task<IResult> ListSupervisionCards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionCards)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListSupervisionCards(request, cancellationToken);

    [Function(Operations.ListSupervisionNotices)]
    public Task<IResult> ListSupervisionNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionNotices)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListSupervisionNotices(request, cancellationToken);

    [Function(Operations.GetSupervisionOverview)]
    public Task<IResult> GetSupervisionOverview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionOverview)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetSupervisionOverview(request, cancellationToken);
}
