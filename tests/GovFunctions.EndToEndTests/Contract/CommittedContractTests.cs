using GovFunctions.Api.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace GovFunctions.EndToEndTests.Contract;

/// <summary>
/// docs/openapi.json is the contract portals generate clients from, linted and generated from in the test command:
/// it must be exactly the document a production LocalHost serves. After changing the API, scripts/openapi.sh rewrites it.
/// </summary>
public sealed class CommittedContractTests
{
    public const string CommittedPath = "docs/openapi.json";

    public static async Task<string> ProductionDocumentAsync()
    {
        await using var app = ApiSurface.Unstarted("Production");
        // Endpoints reach the API description at pipeline build, which an unstarted host has not done.
        app.UseRouting();
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
        document.Servers = [];
        using var text = new StringWriter { NewLine = "\n" };
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString().TrimEnd() + "\n";
    }

    [Fact]
    public async Task The_committed_document_is_the_one_production_serves()
    {
        var served = await ProductionDocumentAsync();
        var path = RepositoryFiles.PathOf(CommittedPath);
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path) && await File.ReadAllTextAsync(path) == served,
            $"{CommittedPath} is not the document LocalHost serves in production: run scripts/openapi.sh and commit the change.");
    }

    [Fact]
    public async Task The_Functions_app_serves_the_committed_document()
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
            Response = { Body = new MemoryStream() },
        };

        await new ContractApi().GetOpenApiDocument(context.Request).ExecuteAsync(context);

        Assert.Equal("application/json", context.Response.ContentType);
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryFiles.PathOf(CommittedPath)), ((MemoryStream)context.Response.Body).ToArray());
    }
}
