using GovFunctions.Api;
using GovFunctions.Api.Catalog;
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
            .WithQueryParameter("department", "Department code of the deciding authority, e.g. 330300-QXJ.")
            .WithQueryParameter("type", "Item type: 行政许可, 行政确认, 公共服务 or 其他行政权力.")
            .WithQueryParameter("region", "Region code; includes every region below it (330000 finds all of 浙江).")
            .WithQueryParameter("onlineLevel", "全程网办, 网上预审 or 网上咨询.")
            .WithQueryParameter("keyword", "Text to look for in the item name.")
            .WithQueryParameter("pageSize", "Items per page, 1 to 100 (default 20).", isInteger: true)
            .WithQueryParameter("continuationToken", "The continuationToken of the previous page.")
            .Produces<Page<ServiceItemSummary>>()
            .ProducesValidationProblem();

        catalog.MapGet(Routes.ServiceItem, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.GetServiceItem(request, code, ct))
            .WithName(Operations.GetServiceItem)
            .WithSummary("Gets the current published version of a service item with its full guide.")
            .Produces<ServiceItem>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        catalog.MapGet(Routes.ServiceItemVersion, (HttpRequest request, string code, string version, CatalogApi handler, CancellationToken ct) => handler.GetServiceItemVersion(request, code, version, ct))
            .WithName(Operations.GetServiceItemVersion)
            .WithSummary("Gets one version of a service item: any published version; drafts for administrators.")
            .Produces<ServiceItem>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        catalog.MapPost(Routes.ServiceItems, (HttpRequest request, CatalogApi handler, CancellationToken ct) => handler.CreateServiceItemDraft(request, ct))
            .WithName(Operations.CreateServiceItemDraft)
            .WithSummary("Creates a new service item as draft version 1.0 (admin).")
            .Accepts<ServiceItem>("application/json")
            .Produces<ServiceItem>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesWriteProblems();

        catalog.MapPut(Routes.ServiceItemDraft, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.UpdateServiceItemDraft(request, code, ct))
            .WithName(Operations.UpdateServiceItemDraft)
            .WithSummary("Saves the draft of a service item; opens the next version's draft when the newest is published (admin). Honours If-Match.")
            .Accepts<ServiceItem>("application/json")
            .Produces<ServiceItem>()
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        catalog.MapPost(Routes.ServiceItemPublication, (HttpRequest request, string code, CatalogApi handler, CancellationToken ct) => handler.PublishServiceItem(request, code, ct))
            .WithName(Operations.PublishServiceItem)
            .WithSummary("Publishes the draft, which becomes the current version and is immutable from then on (admin). Safe to retry.")
            .Produces<ServiceItem>()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
