using System.Globalization;

namespace GovFunctions.Core.Catalog;

/// <summary>A catalog version number, major.minor. A new draft of an item takes the next minor number.</summary>
public readonly record struct ServiceItemVersion(int Major, int Minor) : IComparable<ServiceItemVersion>
{
    public static readonly ServiceItemVersion First = new(1, 0);

    public ServiceItemVersion Next() => this with { Minor = Minor + 1 };

    public int CompareTo(ServiceItemVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool TryParse(string? text, out ServiceItemVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new ServiceItemVersion(major, minor);
        return true;
    }

    public static ServiceItemVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a major.minor version.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
