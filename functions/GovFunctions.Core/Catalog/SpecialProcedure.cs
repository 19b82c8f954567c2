using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Catalog;

/// <summary>A special procedure (technical evaluation, expert review…) whose time is not counted in the limits (行政许可法 第四十五条).</summary>
public sealed record SpecialProcedure
{
    [MaxLength(InputLimits.ShortText)]
    public string Name { get; init; } = null!;
    public bool CountedInLimit { get; init; }
    [MaxLength(InputLimits.LongText)]
    public string? Note { get; init; }
}
