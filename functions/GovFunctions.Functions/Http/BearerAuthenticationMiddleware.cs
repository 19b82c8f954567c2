using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Net.Http.Headers;

namespace GovFunctions.Functions.Http;

/// <summary>
/// Sets the request's user from a valid bearer token. A missing or invalid token leaves the request
/// anonymous; operations that need a caller then answer 401, as LocalHost does.
/// </summary>
public sealed class BearerAuthenticationMiddleware(BearerTokenValidator validator) : IFunctionsWorkerMiddleware
{
    private const string Scheme = "Bearer ";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        var authorization = http?.Request.Headers[HeaderNames.Authorization].ToString();
        if (http is not null && authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            var principal = await validator.ValidateAsync(authorization[Scheme.Length..].Trim(), context.CancellationToken);
            if (principal is not null)
            {
                http.User = principal;
            }
        }

        await next(context);
    }
}
