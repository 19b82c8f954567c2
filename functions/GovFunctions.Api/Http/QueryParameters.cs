using System.Globalization;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Http;

/// <summary>Typed reads of query-string parameters; a malformed value is a 400 naming the parameter.</summary>
public static class QueryParameters
{
    public static string? Text(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
        {
            throw ValidationFailedException.For(name, "must be given once.");
        }

        return string.IsNullOrWhiteSpace(values.ToString()) ? null : values.ToString().Trim();
    }

    public static int? Integer(HttpRequest request, string name)
    {
        var text = Text(request, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ValidationFailedException.For(name, "must be a whole number.");
    }
}
