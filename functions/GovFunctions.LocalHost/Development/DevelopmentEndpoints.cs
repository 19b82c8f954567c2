using GovFunctions.Api.Http;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

using GovFunctions.LocalHost.Endpoints;

namespace GovFunctions.LocalHost.Development;

/// <summary>Endpoints that exist only in the Development environment: never in a production build's route table.</summary>
public static class DevelopmentEndpoints
{
    public const string TokensRoute = "dev/tokens";

    public static void MapDevelopmentEndpoints(this RouteGroupBuilder api) =>
        api.MapPost(TokensRoute, async (HttpRequest request, DevelopmentTokenIssuer issuer, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<DevelopmentTokenRequest>(request, ct, limit: 16 * 1024);
                var errors = new ValidationErrors();
                errors.RequireText("subject", body.Subject, 100);
                if (body.Roles is null || body.Roles.Count == 0)
                {
                    errors.Add("roles", "must list at least one role.");
                }

                var minutes = body.LifetimeMinutes ?? 60;
                if (minutes is < 1 or > 24 * 60)
                {
                    errors.Add("lifetimeMinutes", "must be between 1 and 1440.");
                }

                errors.ThrowIfAny();
                var caller = new Caller(body.Subject!, body.Roles!.ToHashSet(), body.DepartmentCode, body.RegionCode, body.CreditCode);
                return Results.Ok(new DevelopmentToken(issuer.Issue(caller, TimeSpan.FromMinutes(minutes)), "Bearer", minutes * 60));
            })
            .WithName("IssueDevelopmentToken")
            .WithTags("Development")
            .ForAnyone()
            .WithSummary("Development only: mints a bearer token for any caller.")
            .Accepts<DevelopmentTokenRequest>("application/json")
            .Produces<DevelopmentToken>()
            .ProducesValidationProblem();
}
