using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GovFunctions.InfraTests;

/// <summary>Runs the real Bicep CLI and keeps what it says: the ARM template and every diagnostic (SARIF).</summary>
public sealed class BicepCompiler : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = null!;

    public IReadOnlyList<string> Diagnostics { get; private set; } = [];

    public int ExitCode { get; private set; }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo(Repository.BicepCli)
        {
            ArgumentList = { "build", Repository.Path("infra", "main.bicep"), "--stdout", "--diagnostics-format", "sarif" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bicep = Process.Start(start)!;
        var stdout = bicep.StandardOutput.ReadToEndAsync();
        var stderr = bicep.StandardError.ReadToEndAsync();
        await bicep.WaitForExitAsync();
        ExitCode = bicep.ExitCode;
        Diagnostics = ReadSarif(await stderr);
        Template = ExitCode == 0 ? JsonNode.Parse(await stdout)!.AsObject() : new JsonObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string> ReadSarif(string sarif)
    {
        if (string.IsNullOrWhiteSpace(sarif))
        {
            return [];
        }

        return JsonNode.Parse(sarif)!["runs"]!.AsArray()
            .SelectMany(run => run!["results"]!.AsArray())
            .Select(r => $"{r!["level"]} {r["ruleId"]}: {r["message"]!["text"]} at {r["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]}")
            .ToList();
    }

    /// <summary>Every JSON object anywhere in the compiled template, nested deployments included.</summary>
    public IEnumerable<JsonObject> AllObjects() => Walk(Template);

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Walk(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Walk))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The resources of a type in the compiled template and its modules.</summary>
    public IEnumerable<JsonObject> Resources(string type) =>
        AllObjects().Where(o => o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)o["type"] == type && o["apiVersion"] is not null);
}
