using GovFunctions.Api;
using GovFunctions.Api.Catalog;
using GovFunctions.Api.Http;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Paging;

namespace GovFunctions.LocalHost.Endpoints;

public static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("").WithTags("Catalog");

        catalog.MapGet(Routes.ServiceItems, (HttpRequest request, CatalogApi handler, CancellationToken ct) => handler.ListServiceItems(request, ct))
            .WithName(Operations.ListServiceItems)
            .WithSummary("Lists the current published service items, filtered and paged.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.Department)
            .WithQueryParameter(ApiParameters.ItemType)
            .WithQueryParameter(ApiParameters.Region)
            .WithQueryParameter(ApiParameters.OnlineLevel)
            .WithQueryParameter(ApiParameters.Keyword)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<Page<ServiceItemSummary>>()
            .ProducesValidationProblem();

        catalog.MapGet(Routes.ServiceItem, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.GetServiceItem(request, code, ct))
            .WithName(Operations.GetServiceItem)
            .WithSummary("Gets the current published version of a service item with its full guide.")
            .ForAnyone()
            .Produces<ServiceItem>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        catalog.MapGet(Routes.ServiceItemVersion, (HttpRequest request, string code, string version, CatalogApi handler, CancellationToken ct) => handler.GetServiceItemVersion(request, code, version, ct))
            .WithName(Operations.GetServiceItemVersion)
            .WithSummary("Gets one version of a service item: any published version; drafts for administrators.")
            .ForAnyone(PlatformRole.Admin)
            .Produces<ServiceItem>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        catalog.MapPost(Routes.ServiceItems, (HttpRequest request, CatalogApi handler, CancellationToken ct) => handler.CreateServiceItemDraft(request, ct))
            .WithName(Operations.CreateServiceItemDraft)
            .WithSummary("Creates a new service item as draft version 1.0 (admin).")
            .Accepts<ServiceItem>("application/json")
            .ForCallers(PlatformRole.Admin)
            .Produces<ServiceItem>(StatusCodes.Status201Created)
            .WithAnswerHeaders(StatusCodes.Status201Created, ContractHeaders.ETag, ContractHeaders.Location)
            .ProducesValidationProblem()
            .ProducesWriteProblems();

        catalog.MapPut(Routes.ServiceItemDraft, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.UpdateServiceItemDraft(request, code, ct))
            .WithName(Operations.UpdateServiceItemDraft)
            .WithSummary("Saves the draft of a service item; opens the next version's draft when the newest is published (admin). Honours If-Match.")
            .Accepts<ServiceItem>("application/json")
            .ForCallers(PlatformRole.Admin)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Produces<ServiceItem>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        catalog.MapPost(Routes.ServiceItemPublication, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.PublishServiceItem(request, code, ct))
            .WithName(Operations.PublishServiceItem)
            .WithSummary("Publishes the draft, which becomes the current version and is immutable from then on (admin). Safe to retry.")
            .ForCallers(PlatformRole.Admin)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Produces<ServiceItem>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
