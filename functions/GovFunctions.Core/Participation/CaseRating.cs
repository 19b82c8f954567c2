using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Participation;

/// <summary>
/// 好差评 (国办发〔2019〕51号; GB/T 39734-2020 一次一评、一事一评): the applicant's one rating of a concluded case — the overall
/// level, optionally a level per dimension of the version it was given under, and for a poor rating (差评) the reasons.
/// </summary>
public sealed record CaseRating(
    RatingLevel Level,
    IReadOnlyDictionary<string, RatingLevel> Dimensions,
    IReadOnlyList<string> Reasons,
    string? Comment,
    string DimensionsVersion,
    string Channel,
    DateTimeOffset At,
    string By)
{
    public bool IsPoor => RatingLevels.IsPoor(Level);

    /// <summary>Voided by supervision on the department's appeal: kept, marked, and no longer counted.</summary>
    public bool Voided { get; init; }
}

/// <summary>The five levels, best first; <see cref="RatingLevels.Score"/> gives 5 to 1.</summary>
public enum RatingLevel
{
    VerySatisfied,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    VeryDissatisfied,
}

public static class RatingLevels
{
    /// <summary>5 非常满意 … 1 非常不满意, as the provinces' 好差评 systems count them.</summary>
    public static int Score(RatingLevel level) => 5 - (int)level;

    /// <summary>不满意 and 非常不满意 are 差评.</summary>
    public static bool IsPoor(RatingLevel level) => level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;
}

/// <param name="Level">One of the levels (verySatisfied, satisfied, basicallySatisfied, dissatisfied, veryDissatisfied).</param>
/// <param name="Dimensions">Optional: a level for some dimensions of the current version, each at most once.</param>
/// <param name="Reasons">Reason tags from the published list; a poor rating needs one, or a comment.</param>
public sealed record RatingCommand(
    [property: MaxLength(20)] string? Level,
    [property: MaxLength(10)] IReadOnlyList<DimensionRatingCommand>? Dimensions,
    [property: MaxLength(10), EachMaxLength(50)] IReadOnlyList<string>? Reasons,
    [property: MaxLength(RatingDecisions.MaxCommentLength)] string? Comment);

/// <param name="Dimension">A dimension key of the current version (efficiency, guideAccuracy, …).</param>
public sealed record DimensionRatingCommand([property: MaxLength(40)] string? Dimension, [property: MaxLength(20)] string? Level);
