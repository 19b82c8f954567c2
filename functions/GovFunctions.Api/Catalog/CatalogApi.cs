using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Paging;

namespace GovFunctions.Api.Catalog;

/// <summary>The catalog operations: public reads, administrator writes.</summary>
public sealed class CatalogApi(CatalogService catalog)
{
    public async Task<IResult> ListServiceItems(HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = new CatalogFilter(
            DepartmentCode: RequestParameters.Text(request, ApiParameters.Department),
            Type: RequestParameters.Text(request, ApiParameters.ItemType),
            RegionCode: RequestParameters.Text(request, ApiParameters.Region),
            OnlineLevel: RequestParameters.Text(request, ApiParameters.OnlineLevel),
            Keyword: RequestParameters.Text(request, ApiParameters.Keyword));
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        return Results.Ok(await catalog.ListAsync(filter, page, cancellationToken));
    }

    public async Task<IResult> GetServiceItem(HttpRequest request, string code, CancellationToken cancellationToken) =>
        Results.Ok(await catalog.GetCurrentAsync(code, cancellationToken));

    public async Task<IResult> GetServiceItemVersion(HttpRequest request, string code, string version, CancellationToken cancellationToken)
    {
        var stored = await catalog.GetVersionAsync(code, version, CallerClaims.From(request.HttpContext.User), cancellationToken);
        return ETags.WithETag(request.HttpContext, stored.ETag, Results.Ok(stored.Item));
    }

    public async Task<IResult> CreateServiceItemDraft(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var item = await JsonBody.ReadAsync<ServiceItem>(request, cancellationToken);
        var created = await catalog.CreateDraftAsync(caller, item, cancellationToken);
        return ETags.WithETag(request.HttpContext, created.ETag,
            Results.Created($"/{Routes.Prefix}/catalog/items/{created.Item.Code}/versions/{created.Item.Version}", created.Item));
    }

    public async Task<IResult> UpdateServiceItemDraft(HttpRequest request, string code, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var item = await JsonBody.ReadAsync<ServiceItem>(request, cancellationToken);
        var saved = await catalog.UpdateDraftAsync(caller, code, item, ETags.IfMatch(request), cancellationToken);
        return ETags.WithETag(request.HttpContext, saved.ETag, Results.Ok(saved.Item));
    }

    public async Task<IResult> PublishServiceItem(HttpRequest request, string code, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var published = await catalog.PublishAsync(caller, code, ETags.IfMatch(request), cancellationToken);
        return ETags.WithETag(request.HttpContext, published.ETag, Results.Ok(published.Item));
    }
}
