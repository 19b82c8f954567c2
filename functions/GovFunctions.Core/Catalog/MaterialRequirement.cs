namespace GovFunctions.Core.Catalog;

/// <summary>A material slot (申请材料) of the guide: what the applicant must supply, in which form and file types.</summary>
public sealed record MaterialRequirement
{
    public string Id { get; init; } = null!;
    public string Name { get; init; } = null!;
    public bool Required { get; init; }
    public string Form { get; init; } = null!;
    public int Copies { get; init; } = 1;
    public IReadOnlyList<string> AcceptedFileTypes { get; init; } = null!;
    public int MaxSizeMb { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long MaxSizeBytes => MaxSizeMb * 1024L * 1024L;
    public string? Note { get; init; }
}
