using GovFunctions.Core.Errors;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// What a portal filters the public catalog by. <see cref="RegionCode"/> takes in the region and every
/// region under it (330000 finds items of 浙江's province, cities and counties).
/// </summary>
public sealed record CatalogFilter(
    string? DepartmentCode = null,
    string? Type = null,
    string? RegionCode = null,
    string? OnlineLevel = null,
    string? Keyword = null)
{
    public void Validate(RegionDirectory regions)
    {
        var errors = new ValidationErrors();
        errors.CheckLength("department", DepartmentCode, 40);
        errors.CheckLength("keyword", Keyword, 50);
        if (Type is not null && !CatalogVocabulary.ItemTypes.Contains(Type))
        {
            errors.Add("type", $"must be one of: {string.Join(", ", CatalogVocabulary.ItemTypes)}.");
        }

        if (OnlineLevel is not null && !CatalogVocabulary.OnlineLevels.Contains(OnlineLevel))
        {
            errors.Add("onlineLevel", $"must be one of: {string.Join(", ", CatalogVocabulary.OnlineLevels)}.");
        }

        if (RegionCode is not null && !regions.Contains(RegionCode))
        {
            errors.Add("region", $"'{RegionCode}' is not a known region code.");
        }

        errors.ThrowIfAny();
    }
}
