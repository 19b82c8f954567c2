using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Catalog;

/// <summary>The closed lists of values a guide may use.</summary>
public static class CatalogVocabulary
{
    public static readonly IReadOnlySet<string> ItemTypes = new HashSet<string> { "行政许可", "行政确认", "公共服务", "其他行政权力" };
    public static readonly IReadOnlySet<string> ProcessTypes = new HashSet<string> { "即办件", "承诺件" };
    public static readonly IReadOnlySet<string> Levels = new HashSet<string> { "国家", "省", "市", "县" };
    public static readonly IReadOnlySet<string> ApplicantTypes = new HashSet<string> { "自然人", "企业法人", "事业单位法人", "其他组织", "个体工商户" };
    public static readonly IReadOnlySet<string> MaterialForms = new HashSet<string> { "原件", "复印件", "电子件" };
    public static readonly IReadOnlySet<string> FileTypes = new HashSet<string> { "pdf", "ofd", "jpg", "png", "dwg" };
    public static readonly IReadOnlySet<string> OnlineLevels = new HashSet<string> { "全程网办", "网上预审", "网上咨询" };
    public static readonly IReadOnlySet<string> DeliveryMethods = new HashSet<string> { "窗口领取", "邮寄送达", ElectronicCertificate };
    public static readonly IReadOnlySet<string> ResultTypes = new HashSet<string> { "批准文书", "证照", "备案回执", "证明", "答复文书", "登记确认" };

    /// <summary>The delivery method by which the result is an electronic certificate the holder downloads.</summary>
    public const string ElectronicCertificate = "电子证照";

    /// <summary>The result types issued as electronic certificates: licences (证照) and proofs (证明).</summary>
    public static readonly IReadOnlySet<string> CertificateResultTypes = new HashSet<string> { "证照", "证明" };

    /// <summary>The first step of every review: acceptance at the window.</summary>
    public const string AcceptanceStep = "受理";

    private static readonly IReadOnlyDictionary<string, PlatformRole> StepRoles = new Dictionary<string, PlatformRole>
    {
        [AcceptanceStep] = PlatformRole.Clerk,
        ["审查"] = PlatformRole.Reviewer,
        ["审核"] = PlatformRole.Approver,
        ["决定"] = PlatformRole.Approver,
        // 办结 closes an immediate or confirmation item with its decision, which is an approver's act.
        ["办结"] = PlatformRole.Approver,
    };

    public static readonly IReadOnlySet<string> Steps = StepRoles.Keys.ToHashSet();

    public static PlatformRole? RoleForStep(string? step) =>
        step is not null && StepRoles.TryGetValue(step, out var role) ? role : null;
}
