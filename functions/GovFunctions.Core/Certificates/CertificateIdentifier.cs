using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// 电子证照标识 in the national form (GB/T 36904 as provincial access guides practise it):
/// <c>1.2.156.3005.2.{type code}.{issuer's unified social credit code}.{serial}.{version, 3 digits}.{check character}</c>.
/// The check character is ISO/IEC 7064 MOD 37,36 over the letters and digits of everything before it (the dots are
/// separators, not data). The serial is the case number the certificate was issued on, without its dashes: a
/// verifier's identifier leads to the one case that holds it, and no second counter has to be kept unique.
/// </summary>
public readonly partial record struct CertificateIdentifier
{
    public const string Root = "1.2.156.3005.2";
    private const string Characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private CertificateIdentifier(string typeCode, string issuerCode, string serial, int version)
    {
        TypeCode = typeCode;
        IssuerCode = issuerCode;
        Serial = serial;
        Version = version;
        var body = string.Create(CultureInfo.InvariantCulture, $"{Root}.{typeCode}.{issuerCode}.{serial}.{version:000}");
        Value = $"{body}.{CheckCharacter(body)}";
    }

    /// <summary>证照类型代码, as the certificate catalogue of the issuing region lists it.</summary>
    public string TypeCode { get; }

    /// <summary>The issuing authority's 统一社会信用代码.</summary>
    public string IssuerCode { get; }

    public string Serial { get; }

    /// <summary>1 when issued; each reissue on correction adds one.</summary>
    public int Version { get; }

    public string Value { get; }

    /// <summary>The case the certificate was issued on.</summary>
    public string CaseNumber => $"{Serial[..14]}-{Serial[14..20]}-{Serial[20..30]}-{Serial[30..]}";

    public static CertificateIdentifier For(string typeCode, string issuerCode, string caseNumber, int version)
    {
        if (!TypeCodePattern().IsMatch(typeCode) || !ChineseIdentifiers.IsValidCreditCode(issuerCode) || !Cases.CaseNumber.TryParse(caseNumber, out _)
            || version is < 1 or > 999)
        {
            throw new ArgumentException($"No certificate identifier for type {typeCode}, issuer {issuerCode}, case {caseNumber}, version {version}.");
        }

        return new CertificateIdentifier(typeCode, issuerCode, caseNumber.Replace("-", "", StringComparison.Ordinal), version);
    }

    /// <summary>Reads an identifier as a verifier types or scans it: every part well formed and the check character right.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CertificateIdentifier? identifier)
    {
        identifier = null;
        var match = text is { Length: <= 120 } ? IdentifierPattern().Match(text.Trim().ToUpperInvariant()) : Match.Empty;
        if (!match.Success
            || !ChineseIdentifiers.IsValidCreditCode(match.Groups["issuer"].Value))
        {
            return false;
        }

        var serial = match.Groups["serial"].Value;
        var candidate = new CertificateIdentifier(
            match.Groups["type"].Value, match.Groups["issuer"].Value, serial, int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture));
        if (candidate.Version == 0 || candidate.Value != match.Value || !Cases.CaseNumber.TryParse(candidate.CaseNumber, out _))
        {
            return false;
        }

        identifier = candidate;
        return true;
    }

    /// <summary>The same certificate at another version (a reissue).</summary>
    public CertificateIdentifier WithVersion(int version) => For(TypeCode, IssuerCode, CaseNumber, version);

    public override string ToString() => Value;

    /// <summary>ISO/IEC 7064 MOD 37,36 (a hybrid system: modulus 36, doubling modulo 37), on the identifier's letters and digits.</summary>
    internal static char CheckCharacter(string body)
    {
        var product = 36;
        foreach (var c in body)
        {
            var value = Characters.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            var sum = (product + value) % 36;
            product = (sum == 0 ? 36 : sum) * 2 % 37;
        }

        return Characters[(37 - product) % 36];
    }

    [GeneratedRegex("^[0-9A-Z]{4,32}$")]
    private static partial Regex TypeCodePattern();

    [GeneratedRegex(@"^1\.2\.156\.3005\.2\.(?<type>[0-9A-Z]{4,32})\.(?<issuer>[0-9A-Z]{18})\.(?<serial>[0-9A-Z]{34})\.(?<version>[0-9]{3})\.[0-9A-Z]$")]
    private static partial Regex IdentifierPattern();
}
