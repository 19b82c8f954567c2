using System.Collections.Concurrent;
using NJsonSchema;

namespace ProvincialReceiver;

/// <summary>The platform's published JSON Schemas, one per message type (schemas/&lt;type&gt;.schema.json).</summary>
public sealed class MilestoneSchemas(string folder)
{
    private readonly ConcurrentDictionary<string, JsonSchema> _loaded = new();

    public static MilestoneSchemas Shipped { get; } = new(Path.Combine(AppContext.BaseDirectory, "schemas"));

    /// <summary>Why the message does not match its type's schema; empty when it does. An unknown type is an error too.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(string messageType, string body)
    {
        var path = Path.Combine(folder, messageType + ".schema.json");
        if (messageType.Contains('/') || messageType.Contains('\\') || !File.Exists(path))
        {
            return [$"unknown message type '{messageType}'"];
        }

        if (!_loaded.TryGetValue(messageType, out var schema))
        {
            schema = _loaded.GetOrAdd(messageType, await JsonSchema.FromFileAsync(path));
        }

        try
        {
            return [.. schema.Validate(body).Select(e => e.ToString())];
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [$"not JSON: {e.Message}"];
        }
    }
}
