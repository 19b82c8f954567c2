using GovFunctions.Core.Catalog;

namespace GovFunctions.Core.Review;

/// <summary>
/// The limits a case is held to, from its guide, with the 行政许可法 defaults where the guide says nothing.
/// Working days unless named otherwise.
/// </summary>
public sealed record TimeLimits(
    int AcceptanceWorkingDays,
    int ReviewWorkingDays,
    int StatutoryWorkingDays,
    int ExtensionWorkingDays,
    int DeliveryWorkingDays,
    int SupplementPeriodDays,
    int LowerLevelReviewWorkingDays)
{
    /// <summary>第三十二条: defects must be listed within five days of receiving the application.</summary>
    public const int DefaultAcceptanceWorkingDays = 5;

    /// <summary>第四十二条: a decision within twenty days.</summary>
    public const int DefaultStatutoryWorkingDays = 20;

    /// <summary>第四十三条: an organ of the lower level reviewing first has twenty days.</summary>
    public const int DefaultLowerLevelReviewWorkingDays = 20;

    /// <summary>第四十四条: the certificate is issued and delivered within ten days of the decision.</summary>
    public const int DefaultDeliveryWorkingDays = 10;

    /// <summary>Calendar days an applicant has to supply what a 补正 request lists (platform default).</summary>
    public const int DefaultSupplementPeriodDays = 30;

    public static TimeLimits For(ServiceItem item)
    {
        var statutory = item.StatutoryLimitWorkingDays ?? DefaultStatutoryWorkingDays;
        return new TimeLimits(
            item.AcceptanceLimitWorkingDays ?? DefaultAcceptanceWorkingDays,
            // The promise may be shorter than the law, never longer.
            Math.Min(item.PromisedLimitWorkingDays ?? statutory, statutory),
            statutory,
            // 第四十二条: extendable by (up to) ten days with the head's approval; the guide says how many, 0 = not extendable.
            item.ExtensionWorkingDays,
            item.DeliveryLimitWorkingDays ?? DefaultDeliveryWorkingDays,
            item.SupplementPeriodDays ?? DefaultSupplementPeriodDays,
            item.LowerLevelReviewWorkingDays ?? DefaultLowerLevelReviewWorkingDays);
    }
}
