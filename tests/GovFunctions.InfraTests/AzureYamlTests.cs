using YamlDotNet.RepresentationModel;

namespace GovFunctions.InfraTests;

public sealed class AzureYamlTests
{
    [Fact]
    public void The_api_service_is_the_Functions_app_hosted_as_a_function()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Repository.Path("azure.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var api = (YamlMappingNode)((YamlMappingNode)root["services"])["api"];

        Assert.Equal("function", api["host"].ToString());
        Assert.Equal("dotnet", api["language"].ToString());
        var project = Repository.Path(api["project"].ToString());
        Assert.True(File.Exists(Path.Combine(project, "GovFunctions.Functions.csproj")), $"{project} is not the Functions app");
        Assert.Equal("infra", ((YamlMappingNode)root["infra"])["path"].ToString());
    }

    [Fact]
    public void Catalog_seeding_after_provision_is_a_hook_for_both_shells_and_off_unless_asked()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Repository.Path("azure.yaml"))));
        var hook = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["hooks"])["postprovision"];

        var posix = (YamlMappingNode)hook["posix"];
        var windows = (YamlMappingNode)hook["windows"];
        Assert.Equal(("sh", "pwsh"), (posix["shell"].ToString(), windows["shell"].ToString()));
        Assert.True(File.Exists(Repository.Path(windows["run"].ToString())));
        var script = Repository.Path(posix["run"].ToString());

        using var run = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", script)
        {
            RedirectStandardOutput = true,
            Environment = { ["SEED_CATALOG"] = "", ["AZURE_COSMOS_ENDPOINT"] = "" },
        })!;
        var output = run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped", output);
    }
}
