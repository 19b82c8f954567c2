using GovFunctions.Api;
using GovFunctions.Api.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Health;

public sealed class HealthFunctions(HealthApi api)
{
    [Function(Operations.GetHealth)]
    public Task<IResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetHealth(request, cancellationToken);
}
