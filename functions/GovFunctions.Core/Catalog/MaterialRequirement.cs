using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Catalog;

/// <summary>A material slot (申请材料) of the guide: what the applicant must supply, in which form and file types.</summary>
public sealed record MaterialRequirement
{
    [MaxLength(InputLimits.MaterialId)]
    public string Id { get; init; } = null!;
    [MaxLength(InputLimits.ShortText)]
    public string Name { get; init; } = null!;
    public bool Required { get; init; }
    [MaxLength(InputLimits.Word)]
    public string Form { get; init; } = null!;
    [Range(1, 100)]
    public int Copies { get; init; } = 1;
    [MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.Word)]
    public IReadOnlyList<string> AcceptedFileTypes { get; init; } = null!;
    [Range(1, ServiceItemValidator.MaxMaterialSizeMb)]
    public int MaxSizeMb { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long MaxSizeBytes => MaxSizeMb * 1024L * 1024L;
    [MaxLength(InputLimits.LongText)]
    public string? Note { get; init; }
}
