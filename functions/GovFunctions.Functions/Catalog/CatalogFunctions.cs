using GovFunctions.Api;
using GovFunctions.Api.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Catalog;

/// <summary>The catalog's HTTP triggers. Authorization is by bearer token (see the middleware), not function keys.</summary>
public sealed class CatalogFunctions(CatalogApi api)
{
    [Function(Operations.ListServiceItems)]
    public Task<IResult> ListServiceItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ServiceItems)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListServiceItems(request, cancellationToken);

    [Function(Operations.GetServiceItem)]
    public Task<IResult> GetServiceItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ServiceItem)] HttpRequest request, string code, CancellationToken cancellationToken) =>
        api.GetServiceItem(request, code, cancellationToken);

    [Function(Operations.GetServiceItemVersion)]
    public Task<IResult> GetServiceItemVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ServiceItemVersion)] HttpRequest request, string code, string version, CancellationToken cancellationToken) =>
        api.GetServiceItemVersion(request, code, version, cancellationToken);

    [Function(Operations.CreateServiceItemDraft)]
    public Task<IResult> CreateServiceItemDraft(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ServiceItems)] HttpRequest request, CancellationToken cancellationToken) =>
        api.CreateServiceItemDraft(request, cancellationToken);

    [Function(Operations.UpdateServiceItemDraft)]
    public Task<IResult> UpdateServiceItemDraft(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.ServiceItemDraft)] HttpRequest request, string code, CancellationToken cancellationToken) =>
        api.UpdateServiceItemDraft(request, code, cancellationToken);

    [Function(Operations.PublishServiceItem)]
    public Task<IResult> PublishServiceItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ServiceItemPublication)] HttpRequest request, string code, CancellationToken cancellationToken) =>
        api.PublishServiceItem(request, code, cancellationToken);
}
