namespace GovFunctions.Core.Catalog;

/// <summary>
/// A service item (政务服务事项) with its guide (办事指南), as one version of the catalog holds it.
/// <see cref="Version"/>, <see cref="Status"/> and <see cref="PublishedAt"/> are kept by the platform;
/// what an administrator sends for them is ignored.
/// </summary>
public sealed record ServiceItem
{
    public string Code { get; init; } = null!;
    public string BasicCode { get; init; } = null!;
    public string Name { get; init; } = null!;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? ParentItemName { get; init; }
    public string Type { get; init; } = null!;
    public string ProcessType { get; init; } = null!;
    public string Department { get; init; } = null!;
    public string DepartmentCode { get; init; } = null!;
    public string RegionCode { get; init; } = null!;
    public string Level { get; init; } = null!;
    public bool MultiLevelReview { get; init; }
    public IReadOnlyList<string> ApplicantTypes { get; init; } = null!;
    public IReadOnlyList<string> LegalBasis { get; init; } = null!;
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = null!;
    public Fee Fee { get; init; } = null!;
    public int? StatutoryLimitWorkingDays { get; init; }
    public int? PromisedLimitWorkingDays { get; init; }
    public int? AcceptanceLimitWorkingDays { get; init; }
    public int ExtensionWorkingDays { get; init; }

    /// <summary>Calendar days to answer a 补正 request; the platform default (30) when absent.</summary>
    public int? SupplementPeriodDays { get; init; }

    /// <summary>Working days from decision to delivery; 行政许可法 第四十四条 (10) when absent.</summary>
    public int? DeliveryLimitWorkingDays { get; init; }

    /// <summary>For multi-level items: the lower level's review period; 行政许可法 第四十三条 (20) when absent.</summary>
    public int? LowerLevelReviewWorkingDays { get; init; }
    public string? LimitNote { get; init; }
    public IReadOnlyList<ReviewStep> ReviewSteps { get; init; } = null!;
    public IReadOnlyList<SpecialProcedure> SpecialProcedures { get; init; } = [];
    public string OnlineLevel { get; init; } = null!;
    public IReadOnlyList<string> DeliveryMethods { get; init; } = null!;
    public string ResultType { get; init; } = null!;
    public string? ResultName { get; init; }
    public string ConsultationPhone { get; init; } = null!;
    public string SupervisionPhone { get; init; } = null!;
    public IReadOnlyList<string> Notes { get; init; } = [];
    public DateOnly? EffectiveFrom { get; init; }

    public string? Version { get; init; }
    public ServiceItemStatus Status { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
}
