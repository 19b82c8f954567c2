using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GovFunctions.Core.Serialization;

/// <summary>
/// The one JSON shape of the platform: the HTTP API, stored documents and messages all use it; answers leave out what
/// is <see cref="StoredOnlyAttribute">stored only</see>.
/// </summary>
public static class GovJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>For what an answer writes by hand (a streamed export).</summary>
    public static JsonSerializerOptions Answers { get; } = ConfigureAnswers(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The platform's conventions for the options a host answers with, without the stored-only properties.</summary>
    public static JsonSerializerOptions ConfigureAnswers(JsonSerializerOptions options)
    {
        Configure(options);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            foreach (var stored in type.Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(StoredOnlyAttribute), inherit: true) == true).ToList())
            {
                type.Properties.Remove(stored);
            }
        });
        return options;
    }

    /// <summary>Applies the platform's conventions to options a framework owns (ASP.NET Core's, for example).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Chinese text stays readable in documents and answers instead of \uXXXX escapes.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
