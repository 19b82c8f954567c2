using System.Text.Json.Serialization;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using GovFunctions.Core.Supervision;

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

    /// <summary>The accepting department (the guide's 受理 step): its window accepts, and delivers the result.</summary>
    public required string DepartmentCode { get; init; }
    public required string RegionCode { get; init; }
    public CaseStage Stage { get; init; }
    public ApplicationForm Form { get; init; } = new();

    /// <summary>The keyed hash of the form's identity number, which staff find the case by (<see cref="CaseLists.OfIdentity"/>).</summary>
    [StoredOnly]
    public string? IdentityDigest { get; init; }
    public IReadOnlyList<MaterialRecord> Materials { get; init; } = [];
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The statutory clock running now; none in a draft, while a supplement is awaited, or once closed.</summary>
    public CaseClock? Clock { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public SupplementRequest? Supplement { get; init; }
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];
    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];
    public Extension? Extension { get; init; }
    public Decision? Decision { get; init; }
    public Delivery? Delivery { get; init; }
    public IReadOnlyList<Escalation> Escalations { get; init; } = [];

    /// <summary>黄牌/红牌 raised against the departments handling the case, open and closed.</summary>
    public IReadOnlyList<SupervisionCard> Cards { get; init; } = [];

    /// <summary>The applicant's 好差评 of the concluded case, once given.</summary>
    public CaseRating? Rating { get; init; }

    /// <summary>The 差评整改 a poor rating opened, open or concluded.</summary>
    public Rectification? Rectification { get; init; }

    /// <summary>The request a disclosure record holds (<see cref="CaseStage.Disclosure"/>).</summary>
    public Disclosure.DisclosureRequest? Disclosure { get; init; }

    /// <summary>The complaint a complaint record holds (<see cref="CaseStage.Complaint"/>).</summary>
    public Complaints.Complaint? Complaint { get; init; }

    /// <summary>督办单 issued on the case, answered and not.</summary>
    public IReadOnlyList<SupervisionNotice> Notices { get; init; } = [];

    /// <summary>The electronic certificates the decision issued, every version (a reissue supersedes, never replaces).</summary>
    public IReadOnlyList<IssuedCertificate> Certificates { get; init; } = [];

    /// <summary>Why the case was not accepted, when it was not.</summary>
    public string? RefusalReason { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many events made this state: an alarm or a command computed against an older version is stale.</summary>
    public int Version { get; init; }

    /// <summary>
    /// An application under the licensing procedure (办件) rather than a record kept on the same engine under a procedure
    /// of its own: a complaint, a supervision file, a disclosure request.
    /// </summary>
    [JsonIgnore]
    public bool IsApplication => Stage is not (CaseStage.Complaint or CaseStage.Supervision or CaseStage.Disclosure);

    /// <summary>The slots that hold a current (not superseded) file.</summary>
    [JsonIgnore]
    public IReadOnlySet<string> FilledSlots => Materials.Where(m => !m.Superseded).Select(m => m.SlotId).ToHashSet();

    /// <summary>The review step being worked on, while under review.</summary>
    [JsonIgnore]
    public StepRecord? CurrentStep => Stage == CaseStage.UnderReview ? Steps.LastOrDefault(s => s.CompletedAt is null) : null;

    [JsonIgnore]
    public Suspension? OpenSuspension => Suspensions.LastOrDefault(s => s.EndedAt is null);

    /// <summary>The department that has the case on its desk now: the current step's owner under review, otherwise the window.</summary>
    [JsonIgnore]
    public (string DepartmentCode, string RegionCode) HandlingDepartment =>
        CurrentStep is { } step ? (step.DepartmentCode, step.RegionCode) : (DepartmentCode, RegionCode);
}
