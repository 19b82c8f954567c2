using GovFunctions.Api;
using GovFunctions.Api.Health;

namespace GovFunctions.LocalHost.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this RouteGroupBuilder api) =>
        api.MapGet(Routes.Health, (HttpRequest request, HealthApi health, CancellationToken ct) => health.GetHealth(request, ct))
            .WithName(Operations.GetHealth)
            .WithTags("Operations")
            .WithSummary("Whether the platform reaches its data stores and can check tokens; 503 names what is wrong. For load balancers and ops.")
            .ForAnyone()
            .Produces<HealthReport>()
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
}
