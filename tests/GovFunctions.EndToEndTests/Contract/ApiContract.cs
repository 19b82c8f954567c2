using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace GovFunctions.EndToEndTests.Contract;

/// <summary>
/// The OpenAPI document a host serves, read as a contract: which answers each operation may give (status, media type,
/// headers) and the JSON Schema (2020-12, the dialect of OpenAPI 3.1) each body must satisfy.
/// </summary>
public sealed class ApiContract
{
    private static readonly ConcurrentDictionary<Uri, Task<ApiContract>> Served = new();
    private static readonly Uri DefsBase = new("https://contract.govfunctions.test/openapi");

    /// <summary>The headers whose presence is part of the contract: an answer carrying one must declare it.</summary>
    private static readonly string[] ContractHeaders = ["ETag", "Location", "Retry-After", "Allow", "WWW-Authenticate", "RateLimit-Policy", "RateLimit"];

    /// <summary>The document itself, which describes the operations, not itself.</summary>
    private const string DocumentPath = "/api/openapi.json";

    private readonly List<(string Template, Regex Pattern, JsonObject Item)> _paths;
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
    private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _schemas = new();
    private readonly JsonSchema _problem;
    private readonly JsonObject _responses;

    private ApiContract(string documentText)
    {
        // Component references become references into one schema resource holding every component as a $def.
        var document = JsonNode.Parse(documentText.Replace("\"#/components/schemas/", $"\"{DefsBase}#/$defs/", StringComparison.Ordinal))!.AsObject();
        var defs = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DefsBase.ToString(),
            ["$defs"] = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
        };
        JsonSchema.Build(JsonDocument.Parse(defs.ToJsonString()).RootElement, _build, DefsBase);
        _problem = Compile("problem", new JsonObject { ["$ref"] = $"{DefsBase}#/$defs/ProblemDetails" });
        _responses = document["components"]?["responses"]?.AsObject() ?? [];
        _paths = document["paths"]!.AsObject()
            .Select(p => (p.Key, PatternOf(p.Key), p.Value!.AsObject()))
            .OrderBy(p => p.Key.Count(c => c == '{'))
            .ToList();
    }

    /// <summary>The contract of the host at <paramref name="baseAddress"/>, read once from its /api/openapi.json.</summary>
    public static Task<ApiContract> OfHost(Uri baseAddress) => Served.GetOrAdd(baseAddress, async address =>
    {
        using var http = new HttpClient { BaseAddress = address };
        return new ApiContract(await http.GetStringAsync(DocumentPath));
    });

    /// <summary>Every way the answer departs from the document; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(HttpRequestMessage request, HttpResponseMessage response, byte[] body)
    {
        var path = request.RequestUri!.AbsolutePath;
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (path == DocumentPath)
        {
            return [];
        }

        var match = _paths.FirstOrDefault(p => p.Pattern.IsMatch(path));
        var operation = match.Item?[request.Method.Method.ToLowerInvariant()]?.AsObject();
        if (operation is null)
        {
            return OutsideTheDocument(path, request.Method, response, status, mediaType, body);
        }

        var name = operation["operationId"]?.GetValue<string>() ?? match.Template;
        var declared = Resolve(operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.AsObject() ?? operation["responses"]?["default"]?.AsObject());
        if (declared is null)
        {
            return [$"{name}: status {status} is not declared (body: {Excerpt(body)})"];
        }

        var violations = new List<string>();
        var headers = declared["headers"]?.AsObject();
        foreach (var header in ContractHeaders.Where(h => HasHeader(response, h)))
        {
            if (headers?.ContainsKey(header) != true)
            {
                violations.Add($"{name} {status}: header {header} is sent but not declared");
            }
        }

        foreach (var (header, _) in headers?.Where(h => h.Value?["required"]?.GetValue<bool>() == true) ?? [])
        {
            if (!HasHeader(response, header))
            {
                violations.Add($"{name} {status}: required header {header} is missing");
            }
        }

        var content = declared["content"]?.AsObject();
        if (body.Length == 0)
        {
            if (content is not null && status != 304)
            {
                violations.Add($"{name} {status}: declares content but the answer has no body");
            }

            return violations;
        }

        if (content is null || mediaType is null)
        {
            violations.Add($"{name} {status}: body of type {mediaType ?? "(none)"} but no content is declared");
            return violations;
        }

        var media = content.FirstOrDefault(c => MediaTypeMatches(c.Key, mediaType));
        if (media.Value is null)
        {
            violations.Add($"{name} {status}: media type {mediaType} is not declared (declared: {string.Join(", ", content.Select(c => c.Key))})");
            return violations;
        }

        if (media.Value["schema"] is JsonObject schema && IsJson(mediaType))
        {
            violations.AddRange(Validate(Compile($"{name}/{status}/{media.Key}", schema), body).Select(v => $"{name} {status}: {v}"));
        }

        return violations;
    }

    /// <summary>A path or method no operation has: still an RFC 9457 problem, a 405 naming the methods that exist.</summary>
    private List<string> OutsideTheDocument(string path, HttpMethod method, HttpResponseMessage response, int status, string? mediaType, byte[] body)
    {
        var where = $"{method} {path} (no operation)";
        if (status < 400)
        {
            return [$"{where}: answered {status}"];
        }

        var violations = new List<string>();
        if (mediaType != "application/problem+json")
        {
            violations.Add($"{where}: {status} is {mediaType ?? "without a body"}, not problem+json");
        }
        else
        {
            violations.AddRange(Validate(_problem, body).Select(v => $"{where}: {v}"));
        }

        if (status == 405 && response.Content.Headers.Allow.Count == 0)
        {
            violations.Add($"{where}: 405 without Allow");
        }

        return violations;
    }

    private JsonObject? Resolve(JsonObject? response) =>
        response?["$ref"]?.GetValue<string>() is { } reference
            ? _responses[reference["#/components/responses/".Length..]]!.AsObject()
            : response;

    // Built once per key: GetOrAdd may run its factory twice for concurrent requests, and a second Build of the same $id
    // throws ("Overwriting registered schemas is not permitted"), so the dictionary holds the one Lazy that builds it.
    private JsonSchema Compile(string key, JsonObject schema) => _schemas.GetOrAdd(key, k => new Lazy<JsonSchema>(() =>
    {
        var id = new Uri($"https://contract.govfunctions.test/responses/{Uri.EscapeDataString(k)}");
        var root = (JsonObject)schema.DeepClone();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$id"] = id.ToString();
        return JsonSchema.Build(JsonDocument.Parse(root.ToJsonString()).RootElement, _build, id);
    })).Value;

    private static IEnumerable<string> Validate(JsonSchema schema, byte[] body)
    {
        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return [$"body is not JSON: {e.Message}"];
        }

        using (instance)
        {
            var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            return result.IsValid ? [] : Failures(result).Take(20).Append($"in {Excerpt(body)}").ToList();
        }
    }

    /// <summary>The errors along the failing branches only: a branch of a oneOf that matched is not why the whole failed.</summary>
    private static IEnumerable<string> Failures(EvaluationResults node)
    {
        foreach (var error in node.Errors ?? new Dictionary<string, string>())
        {
            yield return $"{node.InstanceLocation} ({node.EvaluationPath}): {error.Key} {error.Value}";
        }

        foreach (var failure in (node.Details ?? []).Where(d => !d.IsValid).SelectMany(Failures))
        {
            yield return failure;
        }
    }

    private static Regex PatternOf(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template).Replace("\\{", "{", StringComparison.Ordinal), "{[^}]+}", "[^/]+") + "$", RegexOptions.CultureInvariant);

    private static bool MediaTypeMatches(string declared, string actual) =>
        declared == "*/*" || string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase)
        || (declared.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(declared[..^1], StringComparison.OrdinalIgnoreCase));

    private static bool HasHeader(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);

    private static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    private static string Excerpt(byte[] body) => body.Length == 0 ? "(empty)" : System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2000));
}
