using GovFunctions.Core.Serialization;
namespace GovFunctions.Core.Certificates;

/// <summary>
/// What a certificate says, in the catalogue shape of GB/T 36903 (证照名称, 证照类型名称/代码, 证照编号, 电子证照标识, 持证主体,
/// 持证主体代码 and its type, 颁发机构/代码, 颁发日期, 有效期起止, 管辖属地编码), with the case it came from and the result
/// the decision gave. This is what the issuer's seal signs, in <see cref="CanonicalJson"/> form.
/// </summary>
/// <param name="HolderCodeType">111 公民身份号码 or 001 统一社会信用代码.</param>
/// <param name="ValidUntil">The last day it is valid; null for 长期有效.</param>
/// <param name="Version">1 when issued; a reissue on correction is the next version with the same serial.</param>
public sealed record ElectronicCertificate(
    string Identifier,
    string Name,
    string TypeName,
    string TypeCode,
    string Number,
    string Holder,
    string HolderCode,
    string HolderCodeType,
    string Issuer,
    string IssuerCode,
    DateOnly IssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string RegionCode,
    string CaseNumber,
    string ItemCode,
    int Version,
    CertificateContents Contents)
{
    public const string PersonHolder = "111";

    /// <summary>Its bit in the issuer's status list.</summary>
    public CertificateStatusEntry? Status { get; init; }

    public const string OrganisationHolder = "001";

    /// <summary>The wording grade-A certificates carry (GB/T 36903 practice).</summary>
    public string UsageNotice =>
        $"仅供办理政务服务事项时使用，有效期至{(ValidUntil is { } until ? until.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture) : "长期")}";
}

/// <summary>The item's own result fields: the decision document, what was applied for, and the provisions it rests on.</summary>
public sealed record CertificateContents(string ResultDocument, string? Matter, IReadOnlyList<string> LegalBasis);
