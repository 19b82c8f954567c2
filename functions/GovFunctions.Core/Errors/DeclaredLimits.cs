using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace GovFunctions.Core.Errors;

/// <summary>
/// Enforces the limits a request type declares ([MaxLength] on strings and lists, [EachMaxLength] on lists of strings,
/// [Range] on numbers) through its whole graph, naming each field by its JSON path. The OpenAPI document is made from the
/// same attributes, so what a client is told and what the platform accepts cannot drift apart. Every text also refuses
/// control characters (but tab and line breaks) and bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069),
/// which can hide or reorder what a clerk reads.
/// </summary>
public static class DeclaredLimits
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Field>> Fields = new();

    public static void ThrowIfExceeded(object body)
    {
        var errors = new ValidationErrors();
        Check(body, "", errors);
        errors.ThrowIfAny();
    }

    private static void Check(object value, string path, ValidationErrors errors)
    {
        foreach (var field in FieldsOf(value.GetType()))
        {
            var name = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
            switch (field.Property.GetValue(value))
            {
                case null:
                    break;
                case string text:
                    CheckLength(name, text, field.MaxLength, errors);
                    break;
                case IList list:
                    CheckList(name, list, field, errors);
                    break;
                case var number and (int or long or decimal) when field.Range is { } range && !range.IsValid(number):
                    errors.Add(name, string.Create(CultureInfo.InvariantCulture, $"must be from {range.Minimum} to {range.Maximum}."));
                    break;
                case var nested when IsRequestType(nested.GetType()):
                    Check(nested, name, errors);
                    break;
            }
        }
    }

    private static void CheckList(string name, IList list, Field field, ValidationErrors errors)
    {
        if (field.MaxLength is { } maxItems && list.Count > maxItems)
        {
            errors.Add(name, $"must have at most {maxItems} entries.");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var entry = $"{name}[{i}]";
            switch (list[i])
            {
                case string text:
                    CheckLength(entry, text, field.EachMaxLength, errors);
                    break;
                case { } nested when IsRequestType(nested.GetType()):
                    Check(nested, entry, errors);
                    break;
            }
        }
    }

    private static void CheckLength(string name, string text, int? maxLength, ValidationErrors errors)
    {
        if (maxLength is { } max && text.Length > max)
        {
            errors.Add(name, $"must be at most {max} characters.");
        }
        else if (text.Any(IsHidden))
        {
            errors.Add(name, "must not contain control characters or bidirectional overrides (NUL, U+202E…).");
        }
    }

    private static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsRequestType(Type type) => type.IsClass && type.Namespace?.StartsWith("GovFunctions.", StringComparison.Ordinal) == true;

    private static IReadOnlyList<Field> FieldsOf(Type type) => Fields.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
        .Select(p => new Field(
            p,
            JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            p.GetCustomAttribute<MaxLengthAttribute>()?.Length,
            p.GetCustomAttribute<EachMaxLengthAttribute>()?.Length,
            p.GetCustomAttribute<RangeAttribute>()))
        .ToList());

    private sealed record Field(PropertyInfo Property, string JsonName, int? MaxLength, int? EachMaxLength, RangeAttribute? Range);
}
