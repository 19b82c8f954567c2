namespace GovFunctions.Core.Catalog;

/// <summary>What a catalog list shows of an item; the full guide is one request away.</summary>
public sealed record ServiceItemSummary(
    string Code,
    string Name,
    string Type,
    string ProcessType,
    string Department,
    string DepartmentCode,
    string RegionCode,
    string Level,
    string OnlineLevel,
    int? StatutoryLimitWorkingDays,
    int? PromisedLimitWorkingDays,
    string? Version,
    DateTimeOffset? PublishedAt)
{
    public static ServiceItemSummary Of(ServiceItem item) => new(
        item.Code, item.Name, item.Type, item.ProcessType, item.Department, item.DepartmentCode, item.RegionCode,
        item.Level, item.OnlineLevel, item.StatutoryLimitWorkingDays, item.PromisedLimitWorkingDays, item.Version, item.PublishedAt);
}
