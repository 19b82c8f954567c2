using System.Text.Json;
using GovFunctions.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GovFunctions.EndToEndTests;

/// <summary>One HTTP operation as a host declares it: its contract name, method and route under /api.</summary>
public sealed record ApiOperation(string Name, string Method, string Route);

internal static class ApiSurface
{
    /// <summary>The Functions app's HTTP triggers, as its published <c>functions.metadata</c> declares them to the Functions host.</summary>
    public static IReadOnlySet<ApiOperation> FunctionsApp() =>
        FunctionsMetadata.Published().Functions
            .SelectMany(f => f.Bindings.Where(b => b.Type == "httpTrigger").SelectMany(b => b.Methods!.Select(method => new ApiOperation(f.Name, method.ToUpperInvariant(), b.Route!))))
            .ToHashSet();

    /// <summary>LocalHost's named endpoints as a production build maps them (no Development-only endpoints).</summary>
    public static IReadOnlySet<ApiOperation> LocalHost(string environment = "Production")
    {
        var app = Unstarted(environment);
        return ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(method => new ApiOperation(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                method,
                e.RoutePattern.RawText!.TrimStart('/')["api/".Length..])))
            .ToHashSet();
    }

    /// <summary>LocalHost built as the environment builds it, with token settings, and not started: its endpoints and services, no I/O.</summary>
    public static WebApplication Unstarted(string environment) =>
        LocalHostApp.Create(
            ["--environment", environment, "--contentRoot", AppContext.BaseDirectory],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Auth:Issuer"] = "https://login.example/tenant",
                ["Auth:Authority"] = "https://login.example/tenant",
            }));
}
