using GovFunctions.Api;
using GovFunctions.Api.Http;
using GovFunctions.Api.Publication;

namespace GovFunctions.LocalHost.Endpoints;

public static class PublicationEndpoints
{
    public static void MapPublicationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Routes.PublishedResults, (HttpRequest request, PublicationApi handler, CancellationToken ct) => handler.ListPublishedResults(request, ct))
            .WithTags("Public")
            .WithName(Operations.ListPublishedResults)
            .WithSummary("结果公示: the decisions of a service item (itemCode) or of a deciding department (departmentCode) over Beijing days from..to (default the last 30, at most 366), newest first: case number, decision and its date, result document number, working days used against the limit. Organisations by name and credit code (行政许可法 第四十条); natural persons de-identified (name masked, no identity number, phone or address). Items that do not publish their results are never listed.")
            .ForAnyone()
            .WithQueryParameter(ApiParameters.PublishedItem)
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.From)
            .WithQueryParameter(ApiParameters.To)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<PublishedResultList>()
            .ProducesValidationProblem();
    }
}
