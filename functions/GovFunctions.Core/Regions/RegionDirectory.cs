using System.Collections.Frozen;
using System.Text.Json;

namespace GovFunctions.Core.Regions;

/// <summary>The region codes the platform knows (regions.json): provinces, and the cities and counties it serves.</summary>
public sealed class RegionDirectory
{
    public const string NationalCode = "100000";

    private readonly FrozenDictionary<string, Region> _regions;

    public RegionDirectory(IEnumerable<Region> regions) =>
        _regions = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    public static RegionDirectory Official { get; } = LoadOfficial();

    public Region? Find(string code) => _regions.GetValueOrDefault(code);

    public bool Contains(string code) => _regions.ContainsKey(code);

    /// <summary>
    /// The code prefix shared by a region and everything under it: 330000 → "33", 330300 → "3303",
    /// 330381 → "330381". The national level has no region below it in this scheme.
    /// </summary>
    public static string PrefixOf(string code) =>
        code == NationalCode ? code
        : code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
        : code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
        : code;

    /// <summary>Whether <paramref name="code"/> is <paramref name="region"/> or a region under it (330381 is within 330300 and 330000).</summary>
    public static bool IsWithin(string code, string region) => code.StartsWith(PrefixOf(region), StringComparison.Ordinal);

    /// <summary>A department's region: its code starts with it (330302-GAFJ is of 330302).</summary>
    public static string RegionOfDepartment(string departmentCode) => departmentCode[..6];

    /// <summary>The level above a region: a county's city, a city's province; a province (or the nation) is its own.</summary>
    public static string LevelAbove(string code) =>
        !code.EndsWith("00", StringComparison.Ordinal) ? code[..4] + "00"
        : !code.EndsWith("0000", StringComparison.Ordinal) ? code[..2] + "0000"
        : code;

    /// <summary>The region and the levels above it, up to its province: 330302, 330300, 330000.</summary>
    public static IReadOnlyList<string> WithLevelsAbove(string code) => new[] { code, LevelAbove(code), LevelAbove(LevelAbove(code)) }.Distinct().ToList();

    /// <summary>The provincial platform a region reports to: 330381 → 330000; the national level is its own.</summary>
    public static string ProvinceOf(string code) => code == NationalCode ? code : code[..2] + "0000";

    /// <summary>The national level and every province: the partitions of what is kept per province.</summary>
    public IEnumerable<string> ProvinceCodes => _regions.Values.Where(r => r.ParentCode is null || r.ParentCode == NationalCode).Select(r => r.Code).Order(StringComparer.Ordinal);

    private static RegionDirectory LoadOfficial()
    {
        using var stream = typeof(RegionDirectory).Assembly.GetManifestResourceStream("GovFunctions.Core.Regions.regions.json")
            ?? throw new InvalidOperationException("The embedded region directory is missing.");
        using var document = JsonDocument.Parse(stream);
        var regions = new List<Region>();
        var country = document.RootElement.GetProperty("country");
        regions.Add(new Region(country.GetProperty("code").GetString()!, country.GetProperty("name").GetString()!, country.GetProperty("level").GetString()!, null));
        foreach (var province in document.RootElement.GetProperty("provinces").EnumerateArray())
        {
            AddTree(province, regions);
        }

        return new RegionDirectory(regions);
    }

    private static void AddTree(JsonElement node, List<Region> regions)
    {
        regions.Add(new Region(
            node.GetProperty("code").GetString()!,
            node.GetProperty("name").GetString()!,
            node.GetProperty("level").GetString()!,
            node.GetProperty("parentCode").GetString()));
        foreach (var child in node.GetProperty("children").EnumerateArray())
        {
            AddTree(child, regions);
        }
    }
}
