using System.Collections.Concurrent;
using NJsonSchema;

namespace GovFunctions.UnitTests.Milestones;

/// <summary>The JSON Schemas of the milestone messages, as shipped in Core/Milestones/schemas.</summary>
internal static class MilestoneSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "schemas");

    public static IReadOnlyList<string> MessageTypes =>
        [.. Directory.GetFiles(Folder, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Where(t => t != "common").Order()];

    public static ICollection<NJsonSchema.Validation.ValidationError> Validate(string messageType, string json) =>
        Loaded.GetOrAdd(messageType, t => JsonSchema.FromFileAsync(Path.Combine(Folder, t + ".schema.json")).GetAwaiter().GetResult()).Validate(json);
}
