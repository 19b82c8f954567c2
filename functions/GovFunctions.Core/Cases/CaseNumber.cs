using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Cases;

/// <summary>
/// A case number (办件编号): <c>{yyyyMMddHHmmss}-{regionCode}-{basicCode}-{suffix}</c>, for example
/// <c>20261123133012-330300-XK01001001-7K3F</c>.
/// <list type="bullet">
/// <item>the submission time comes first, in Beijing time to the second, so numbers sort by time as text;</item>
/// <item>then the region and the basic code of the item, so a clerk reads where and what at a glance;</item>
/// <item>then four random characters from an alphabet without look-alikes (0/O, 1/I/L), which keeps numbers
/// unique within a second for one item and region (about a million choices; the store refuses a duplicate
/// and the caller draws again).</item>
/// </list>
/// A supervision file on a department (督办件, <see cref="CaseStage.Supervision"/>) is numbered the same way with the
/// basic code <see cref="SupervisionCode"/> in place of an item's, a complaint with <see cref="ComplaintCode"/>.
/// </summary>
public readonly partial record struct CaseNumber
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int SuffixLength = 4;

    /// <summary>The basic code of a supervision file: 督办, no item.</summary>
    public const string SupervisionCode = "DB00000000";

    /// <summary>The basic code of a complaint: 投诉, no item.</summary>
    public const string ComplaintCode = "TS00000000";

    private CaseNumber(string value) => Value = value;

    public string Value { get; }

    public static CaseNumber New(DateTimeOffset submittedAt, string regionCode, string basicCode)
    {
        var local = TimeZoneInfo.ConvertTime(submittedAt, ChinaTime.Zone);
        var value = string.Create(CultureInfo.InvariantCulture, $"{local:yyyyMMddHHmmss}-{regionCode}-{basicCode}-{RandomCharacters(SuffixLength)}");
        return Parse(value);
    }

    /// <summary>Cryptographically random characters from <see cref="Alphabet"/>.</summary>
    internal static string RandomCharacters(int length) => string.Create(length, 0, (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
        if (text is null || !Pattern().IsMatch(text)
            || !DateTime.TryParseExact(text[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        number = new CaseNumber(text);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a number drawn with <paramref name="basicCode"/>: a supervision file's, a complaint's.</summary>
    public static bool IsOf(string? text, string basicCode) => TryParse(text, out var number) && number.BasicCode == basicCode;

    public static CaseNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a case number.");

    public string RegionCode => Value.Substring(15, 6);

    public string BasicCode => Value.Substring(22, 10);

    public override string ToString() => Value;

    [GeneratedRegex("^[0-9]{14}-[0-9]{6}-(XK|QR|GG|QT|DB|TS)[0-9]{8}-[2-9A-HJKMNP-Z]{4}$")]
    private static partial Regex Pattern();
}
