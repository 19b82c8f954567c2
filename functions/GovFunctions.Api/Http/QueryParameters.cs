using System.Globalization;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Http;

/// <summary>Typed reads of query-string parameters within their declared bounds; a value outside them is a 400 naming the parameter.</summary>
public static class QueryParameters
{
    public static string? Text(HttpRequest request, TextQueryParameter parameter)
    {
        var text = Single(request, parameter.Name);
        if (text is null)
        {
            return null;
        }

        if (text.Length > parameter.MaxLength)
        {
            throw ValidationFailedException.For(parameter.Name, $"must be at most {parameter.MaxLength} characters.");
        }

        if (parameter.Values is { } values && !values.Contains(text, StringComparer.Ordinal))
        {
            throw ValidationFailedException.For(parameter.Name, $"must be one of: {string.Join(", ", values)}.");
        }

        return text;
    }

    public static int? Integer(HttpRequest request, IntegerQueryParameter parameter)
    {
        var text = Single(request, parameter.Name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= parameter.Minimum && value <= parameter.Maximum
            ? value
            : throw ValidationFailedException.For(parameter.Name, $"must be a whole number from {parameter.Minimum} to {parameter.Maximum}.");
    }

    private static string? Single(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
        {
            throw ValidationFailedException.For(name, "must be given once.");
        }

        return string.IsNullOrWhiteSpace(values.ToString()) ? null : values.ToString().Trim();
    }
}
