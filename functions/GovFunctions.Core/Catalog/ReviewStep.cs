using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// One step of the review (受理/审查/审核/决定/办结) with the department that owns it and its limit.
/// <see cref="Role"/> is the guide's own wording, kept for display; <see cref="PlatformRole"/> is who acts on it.
/// </summary>
public sealed record ReviewStep
{
    [MaxLength(InputLimits.Word)]
    public string Step { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string Role { get; init; } = null!;
    [Range(0, InputLimits.MaxLimitWorkingDays)]
    public int LimitWorkingDays { get; init; }
    [MaxLength(InputLimits.Word)]
    public string Level { get; init; } = null!;
    [MaxLength(InputLimits.RegionCode)]
    public string RegionCode { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string Department { get; init; } = null!;
    [MaxLength(InputLimits.Code)]
    public string DepartmentCode { get; init; } = null!;

    public PlatformRole? PlatformRole => CatalogVocabulary.RoleForStep(Step);
}
