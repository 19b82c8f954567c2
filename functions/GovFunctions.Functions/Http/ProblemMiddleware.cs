using GovFunctions.Api.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Functions.Http;

/// <summary>Answers every failure of an HTTP function as problem+json, the way LocalHost's endpoint filter does.</summary>
public sealed class ProblemMiddleware(ILogger<ProblemMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && !http.RequestAborted.IsCancellationRequested)
        {
            await ApiProblems.From(Unwrap(e), http, logger).ExecuteAsync(http);
        }
    }

    /// <summary>The worker can wrap what a function threw; the answer is about the original failure.</summary>
    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException or System.Reflection.TargetInvocationException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }

        return e;
    }
}
