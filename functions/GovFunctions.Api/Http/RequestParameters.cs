using System.Globalization;
using GovFunctions.Core.Errors;

namespace GovFunctions.Api.Http;

/// <summary>Typed reads of query-string and header parameters within their declared bounds; a value outside them is a 400 naming the parameter.</summary>
public static class RequestParameters
{
    public static string? Text(HttpRequest request, TextParameter parameter) => Bounded(Single(request.Query[parameter.Name], parameter.Name), parameter);

    public static string? Header(HttpRequest request, TextParameter parameter) => Bounded(Single(request.Headers[parameter.Name], parameter.Name), parameter);

    private static string? Bounded(string? text, TextParameter parameter)
    {
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

    public static int? Integer(HttpRequest request, IntegerParameter parameter)
    {
        var text = Single(request.Query[parameter.Name], parameter.Name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= parameter.Minimum && value <= parameter.Maximum
            ? value
            : throw ValidationFailedException.For(parameter.Name, $"must be a whole number from {parameter.Minimum} to {parameter.Maximum}.");
    }

    /// <summary>A Beijing calendar day written yyyy-MM-dd.</summary>
    public static DateOnly? Day(HttpRequest request, TextParameter parameter) =>
        Text(request, parameter) is { } text ? DayOf(parameter.Name, text) : null;

    public static DateOnly DayOf(string name, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ValidationFailedException.For(name, "must be a day written yyyy-MM-dd.");

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values, string name)
    {
        if (values.Count > 1)
        {
            throw ValidationFailedException.For(name, "must be given once.");
        }

        return string.IsNullOrWhiteSpace(values.ToString()) ? null : values.ToString().Trim();
    }
}
