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

    /// <summary>
    /// 审管分离: whether this step must be done by someone other than whoever did the step before it. Absent: only a
    /// 决定 that follows a 审核 must (the guide may ask it of any step, or waive it with false).
    /// </summary>
    public bool? SeparateFromPrevious { get; init; }

    public PlatformRole? PlatformRole => CatalogVocabulary.RoleForStep(Step);
}
