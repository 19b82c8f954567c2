using GovFunctions.Api;
using System.Net.Http.Json;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

[Collection(LocalHostCollection.Name)]
public sealed class RouteParityTests(LocalHostFixture host)
{
    [Fact]
    public void Development_endpoints_do_not_exist_outside_Development()
    {
        Assert.DoesNotContain(ApiSurface.LocalHost("Production"), o => o.Route.StartsWith("dev/", StringComparison.Ordinal));
        Assert.Contains(ApiSurface.LocalHost("Development"), o => o.Route == "dev/tokens");
        Assert.Contains(ApiSurface.LocalHost("Development"), o => o.Route == "dev/clock" && o.Method == "POST");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_operation_by_name()
    {
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => new ApiOperation(
                op.Value.GetProperty("operationId").GetString()!, op.Name.ToUpperInvariant(), path.Name.TrimStart('/')["api/".Length..])))
            .ToHashSet();

        // The document describes the operations, not itself.
        foreach (var operation in ApiSurface.FunctionsApp().Where(o => o.Name != Operations.GetOpenApiDocument))
        {
            Assert.Contains(operation, described);
        }
    }
}
