using GovFunctions.Api;
using GovFunctions.Api.Publication;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Publication;

/// <summary>结果公示's HTTP trigger.</summary>
public sealed class PublicationFunctions(PublicationApi api)
{
    [Function(Operations.ListPublishedResults)]
    public Task<IResult> ListPublishedResults(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PublishedResults)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListPublishedResults(request, cancellationToken);
}
