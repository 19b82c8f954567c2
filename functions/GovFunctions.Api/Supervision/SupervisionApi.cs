using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Api.Supervision;

/// <summary>电子监察's lists: the open 黄牌/红牌 of a department or a region.</summary>
public sealed class SupervisionApi(CardLists cards)
{
    public async Task<IResult> ListSupervisionCards(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var lines = await cards.ListAsync(caller, RequestParameters.Text(request, ApiParameters.DepartmentCode), RequestParameters.Text(request, ApiParameters.RegionCode), page, cancellationToken);
        return Results.Ok(new CardList(lines.Items, lines.ContinuationToken));
    }
}

/// <summary>A page of open cards, newest first.</summary>
public sealed record CardList(IReadOnlyList<CardLine> Items, string? ContinuationToken);
