using GovFunctions.Api.Audit;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>
/// Records the answer of an audited operation before it is sent, the way the Functions app's audit middleware does.
/// Outside the problem filter, so a refusal is recorded with the status it is answered with.
/// </summary>
public sealed class AuditEndpointFilter(RequestAudit audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var scope = RequestAudit.Begin(http);
        var answer = await next(context);
        if (http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } operation)
        {
            return answer;
        }

        return await audit.RecordAsync(http, scope, operation, RequestAudit.StatusOf(answer, http), name => http.GetRouteValue(name) as string) ?? answer;
    }
}
