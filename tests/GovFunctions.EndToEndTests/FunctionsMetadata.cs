using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// What the Functions host loads from the published app: <c>functions.metadata</c> (every function with its bindings)
/// and <c>extensions.json</c> (the binding extensions). The test command publishes the app (Release) to
/// <c>artifacts/functions</c> before the tests run.
/// </summary>
internal sealed record FunctionsMetadata(IReadOnlyList<FunctionsMetadata.Function> Functions, IReadOnlyList<string> Extensions)
{
    public const string PublishFolder = "artifacts/functions";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FunctionsMetadata Published()
    {
        var folder = Path.Combine(CosmosEmulatorProcess.RepositoryRoot(), PublishFolder);
        var metadata = Path.Combine(folder, "functions.metadata");
        if (!File.Exists(metadata))
        {
            throw new InvalidOperationException($"{metadata} is missing: scripts/test.sh publishes the Functions app there before the tests.");
        }

        var functions = JsonSerializer.Deserialize<List<Function>>(File.ReadAllText(metadata), Json)!;
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "extensions.json")));
        return new FunctionsMetadata(functions,
            [.. extensions.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)]);
    }

    public Function Named(string name) => Functions.SingleOrDefault(f => f.Name == name) ?? throw new Xunit.Sdk.XunitException($"functions.metadata has no function {name}.");

    public sealed record Function(string Name, string EntryPoint, IReadOnlyList<Binding> Bindings)
    {
        public Binding Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));
    }

    public sealed record Binding(string Name, string Type, string Direction, IReadOnlyList<string>? Methods, string? Route, string? QueueName, string? Connection, string? Schedule)
    {
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Other { get; init; }
    }
}
