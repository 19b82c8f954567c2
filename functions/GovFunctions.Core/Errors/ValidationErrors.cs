namespace GovFunctions.Core.Errors;

/// <summary>Collects every rule a request breaks, so the caller learns all of them in one answer.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Adds an error unless <paramref name="value"/> is present and at most <paramref name="maxLength"/> characters.</summary>
    public bool RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return false;
        }

        return CheckLength(field, value, maxLength);
    }

    public bool CheckLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
            return false;
        }

        return true;
    }

    public void RequireOneOf(string field, string? value, IReadOnlySet<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
        }
        else if (!allowed.Contains(value))
        {
            Add(field, $"must be one of: {string.Join(", ", allowed)}.");
        }
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
