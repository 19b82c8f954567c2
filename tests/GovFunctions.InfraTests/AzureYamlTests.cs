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
}
