namespace GovFunctions.Core.Milestones;

/// <summary>
/// Masks an ID card number or credit code for data sharing: the first four and last four characters stay (enough
/// to match a record by eye), the rest — birth date, serial — becomes '*'.
/// </summary>
public static class IdentifierMask
{
    private const int Kept = 4;

    public static string? Mask(string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return null;
        }

        var value = identifier.Trim().ToUpperInvariant();
        return value.Length <= 2 * Kept
            ? new string('*', value.Length)
            : value[..Kept] + new string('*', value.Length - 2 * Kept) + value[^Kept..];
    }

    /// <summary>A natural person's name with only its first character kept: 张三 → 张*, 欧阳娜娜 → 欧***.</summary>
    public static string MaskName(string name)
    {
        var value = name.Trim();
        return value.Length <= 1 ? "*" : value[..1] + new string('*', value.Length - 1);
    }
}
