using System.Reflection;
using GovFunctions.LocalHost;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.EndToEndTests;

/// <summary>One HTTP operation as a host declares it: its contract name, method and route under /api.</summary>
public sealed record ApiOperation(string Name, string Method, string Route);

internal static class ApiSurface
{
    /// <summary>The Functions app's HTTP triggers, read from their attributes (metadata only: nothing runs).</summary>
    public static IReadOnlySet<ApiOperation> FunctionsApp() =>
        typeof(GovFunctions.Functions.Catalog.CatalogFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .SelectMany(f => f.Trigger!.Methods!.Select(method => new ApiOperation(f.Function!.Name, method.ToUpperInvariant(), f.Trigger.Route!)))
            .ToHashSet();

    /// <summary>LocalHost's named endpoints as a production build maps them (no Development-only endpoints).</summary>
    public static IReadOnlySet<ApiOperation> LocalHost(string environment = "Production")
    {
        var app = LocalHostApp.Create(
            ["--environment", environment, "--contentRoot", AppContext.BaseDirectory],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Auth:Issuer"] = "https://login.example/tenant",
                ["Auth:Authority"] = "https://login.example/tenant",
            }));
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
}
