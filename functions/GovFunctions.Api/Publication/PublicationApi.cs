using GovFunctions.Api.Http;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Publication;

namespace GovFunctions.Api.Publication;

/// <summary>结果公示 for anyone: the published decisions of an item or a department.</summary>
public sealed class PublicationApi(ResultPublication publication)
{
    public async Task<IResult> ListPublishedResults(HttpRequest request, CancellationToken cancellationToken)
    {
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var results = await publication.ListAsync(
            RequestParameters.Text(request, ApiParameters.PublishedItem), RequestParameters.Text(request, ApiParameters.DepartmentCode),
            RequestParameters.Day(request, ApiParameters.From), RequestParameters.Day(request, ApiParameters.To), page, cancellationToken);
        return Results.Ok(new PublishedResultList(results.Items, results.ContinuationToken));
    }
}

/// <summary>A page of published decisions, newest first.</summary>
public sealed record PublishedResultList(IReadOnlyList<PublishedResult> Items, string? ContinuationToken);
