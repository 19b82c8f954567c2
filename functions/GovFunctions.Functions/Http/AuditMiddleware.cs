using GovFunctions.Api.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace GovFunctions.Functions.Http;

/// <summary>
/// Records the answer of an audited HTTP function, as LocalHost's audit filter does. Outside the problem middleware:
/// a function's result is recorded before the worker sends it (and replaced by a 503 when it cannot be); a refusal
/// is recorded with the status the problem middleware answered.
/// </summary>
public sealed class AuditMiddleware(RequestAudit audit) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        var scope = RequestAudit.Begin(http);
        await next(context);
        var invocation = context.GetInvocationResult();
        var answer = invocation.Value as IResult;
        var withheld = await audit.RecordAsync(http, scope, context.FunctionDefinition.Name, RequestAudit.StatusOf(answer, http),
            name => context.BindingContext.BindingData.TryGetValue(name, out var value) ? value?.ToString() : null);
        if (withheld is not null && answer is not null)
        {
            invocation.Value = withheld;
        }
    }
}
