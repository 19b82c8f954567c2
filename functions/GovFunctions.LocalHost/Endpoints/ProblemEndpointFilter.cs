using GovFunctions.Api.Http;

namespace GovFunctions.LocalHost.Endpoints;

/// <summary>Answers every failure of an API endpoint as problem+json, the way the Functions app's middleware does.</summary>
public sealed class ProblemEndpointFilter(ILogger<ProblemEndpointFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return ApiProblems.From(e, context.HttpContext, logger);
        }
    }
}
