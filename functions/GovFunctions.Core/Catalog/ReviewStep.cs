using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// One step of the review (受理/审查/审核/决定/办结) with the department that owns it and its limit.
/// <see cref="Role"/> is the guide's own wording, kept for display; <see cref="PlatformRole"/> is who acts on it.
/// </summary>
public sealed record ReviewStep
{
    public string Step { get; init; } = null!;
    public string Role { get; init; } = null!;
    public int LimitWorkingDays { get; init; }
    public string Level { get; init; } = null!;
    public string RegionCode { get; init; } = null!;
    public string Department { get; init; } = null!;
    public string DepartmentCode { get; init; } = null!;

    public PlatformRole? PlatformRole => CatalogVocabulary.RoleForStep(Step);
}
