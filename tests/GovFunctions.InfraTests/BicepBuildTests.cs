using System.Text.Json.Nodes;

namespace GovFunctions.InfraTests;

public sealed class BicepBuildTests(BicepCompiler bicep) : IClassFixture<BicepCompiler>
{
    [Fact]
    public void Main_bicep_compiles_without_any_error_or_warning()
    {
        Assert.True(bicep.Diagnostics.Count == 0, string.Join(Environment.NewLine, bicep.Diagnostics));
        Assert.Equal(0, bicep.ExitCode);
        Assert.Contains("subscriptionDeploymentTemplate", bicep.Template["$schema"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("no-hardcoded-env-urls")]
    [InlineData("secure-secrets-in-params")]
    [InlineData("outputs-should-not-contain-secrets")]
    [InlineData("no-unused-params")]
    [InlineData("use-stable-resource-identifiers")]
    public void The_linter_rules_the_infra_relies_on_are_errors(string rule)
    {
        var config = JsonNode.Parse(File.ReadAllText(Repository.Path("infra", "bicepconfig.json")))!;

        Assert.Equal("error", (string?)config["analyzers"]!["core"]!["rules"]![rule]!["level"]);
    }

    [Fact]
    public void No_registry_modules_are_used()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Path("infra"), "*.bicep", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("br/public:", File.ReadAllText(file));
            Assert.DoesNotContain("br:", File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_main_template_follows_the_azd_convention()
    {
        var parameters = bicep.Template["parameters"]!.AsObject();
        Assert.True(parameters.ContainsKey("environmentName"));
        Assert.True(parameters.ContainsKey("location"));
        Assert.True(parameters.ContainsKey("principalId"));
        var outputs = bicep.Template["outputs"]!.AsObject();
        foreach (var output in new[] { "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_FUNCTION_APP_NAME", "AZURE_COSMOS_ENDPOINT", "AZURE_STORAGE_BLOB_ENDPOINT" })
        {
            Assert.True(outputs.ContainsKey(output), output);
        }

        var mapped = JsonNode.Parse(File.ReadAllText(Repository.Path("infra", "main.parameters.json")))!["parameters"]!.AsObject();
        foreach (var required in parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key))
        {
            Assert.True(mapped.ContainsKey(required), $"main.parameters.json does not map required parameter {required}");
        }
    }
}
