using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Catalog;

/// <summary>
/// A service item (政务服务事项) with its guide (办事指南), as one version of the catalog holds it.
/// <see cref="Version"/>, <see cref="Status"/> and <see cref="PublishedAt"/> are kept by the platform;
/// what an administrator sends for them is ignored.
/// </summary>
public sealed record ServiceItem
{
    [MaxLength(InputLimits.Code)]
    public string Code { get; init; } = null!;
    [MaxLength(InputLimits.BasicCode)]
    public string BasicCode { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string Name { get; init; } = null!;
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.ShortText)]
    public IReadOnlyList<string> Aliases { get; init; } = [];
    [MaxLength(InputLimits.ShortText)]
    public string? ParentItemName { get; init; }
    [MaxLength(InputLimits.Word)]
    public string Type { get; init; } = null!;
    [MaxLength(InputLimits.Word)]
    public string ProcessType { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string Department { get; init; } = null!;
    [MaxLength(InputLimits.Code)]
    public string DepartmentCode { get; init; } = null!;
    [MaxLength(InputLimits.RegionCode)]
    public string RegionCode { get; init; } = null!;
    [MaxLength(InputLimits.Word)]
    public string Level { get; init; } = null!;
    public bool MultiLevelReview { get; init; }
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.Word)]
    public IReadOnlyList<string> ApplicantTypes { get; init; } = null!;
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.LongText)]
    public IReadOnlyList<string> LegalBasis { get; init; } = null!;
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.LongText)]
    public IReadOnlyList<string> Conditions { get; init; } = [];
    [MaxLength(InputLimits.Materials)]
    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = null!;
    public Fee Fee { get; init; } = null!;
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? StatutoryLimitWorkingDays { get; init; }
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? PromisedLimitWorkingDays { get; init; }
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? AcceptanceLimitWorkingDays { get; init; }
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int ExtensionWorkingDays { get; init; }

    /// <summary>Calendar days to answer a 补正 request; the platform default (30) when absent.</summary>
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? SupplementPeriodDays { get; init; }

    /// <summary>Working days from decision to delivery; 行政许可法 第四十四条 (10) when absent.</summary>
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? DeliveryLimitWorkingDays { get; init; }

    /// <summary>For multi-level items: the lower level's review period; 行政许可法 第四十三条 (20) when absent.</summary>
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int? LowerLevelReviewWorkingDays { get; init; }
    [MaxLength(InputLimits.LongText)]
    public string? LimitNote { get; init; }
    [MaxLength(InputLimits.ReviewSteps)]
    public IReadOnlyList<ReviewStep> ReviewSteps { get; init; } = null!;
    [MaxLength(InputLimits.ListEntries)]
    public IReadOnlyList<SpecialProcedure> SpecialProcedures { get; init; } = [];
    [MaxLength(InputLimits.Word)]
    public string OnlineLevel { get; init; } = null!;

    /// <summary>
    /// The procedure the item's applications run under: none for administrative licensing's (行政许可法) — every item's
    /// today — or <c>disclosure</c> for requests under the 政府信息公开条例, which are filed as disclosure requests.
    /// </summary>
    [MaxLength(InputLimits.Word)]
    public string? Procedure { get; init; }
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.Word)]
    public IReadOnlyList<string> DeliveryMethods { get; init; } = null!;
    [MaxLength(InputLimits.Word)]
    public string ResultType { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string? ResultName { get; init; }

    /// <summary>
    /// Whether decisions of the item are published (结果公示, 行政许可法 第四十条): on by default; off for items whose
    /// results touch a person's privacy (a proof of no criminal record, a social insurance record).
    /// </summary>
    public bool PublishResults { get; init; } = true;

    /// <summary>For results delivered as 电子证照: how the platform issues the certificate.</summary>
    public CertificateTerms? Certificate { get; init; }
    [MaxLength(InputLimits.Phone)]
    public string ConsultationPhone { get; init; } = null!;
    [MaxLength(InputLimits.Phone)]
    public string SupervisionPhone { get; init; } = null!;
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.LongText)]
    public IReadOnlyList<string> Notes { get; init; } = [];
    public DateOnly? EffectiveFrom { get; init; }

    [MaxLength(InputLimits.Version)]
    public string? Version { get; init; }
    public ServiceItemStatus Status { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
}
