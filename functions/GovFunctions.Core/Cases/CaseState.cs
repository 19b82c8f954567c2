using System.Text.Json.Serialization;

namespace GovFunctions.Core.Cases;

/// <summary>A case as its events leave it. Built only by <see cref="CaseEvolution"/>.</summary>
public sealed record CaseState
{
    public required string Number { get; init; }
    public required string QueryCode { get; init; }
    public required string ItemCode { get; init; }
    public required string ItemVersion { get; init; }
    public required string ApplicantSubject { get; init; }
    public string? CreditCode { get; init; }
    public required string DepartmentCode { get; init; }
    public required string RegionCode { get; init; }
    public CaseStage Stage { get; init; }
    public ApplicationForm Form { get; init; } = new();
    public IReadOnlyList<MaterialRecord> Materials { get; init; } = [];
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? AcceptanceDeadline { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>How many events made this state: an alarm or a command computed against an older version is stale.</summary>
    public int Version { get; init; }

    /// <summary>The slots that hold a current (not superseded) file.</summary>
    [JsonIgnore]
    public IReadOnlySet<string> FilledSlots => Materials.Where(m => !m.Superseded).Select(m => m.SlotId).ToHashSet();
}
