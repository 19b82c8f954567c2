namespace GovFunctions.Core.Participation;

/// <summary>
/// What a rating is given under: the levels with their names, the dimensions (the online set of GB/T 39735-2020 practice)
/// and the reason tags of a poor rating. Versioned: each rating keeps the version it was given under, and a changed
/// set is a new version, never an edit of this one.
/// </summary>
public sealed record RatingDimensions(string Version, IReadOnlyList<NamedLevel> Levels, IReadOnlyList<Dimension> Dimensions, IReadOnlyList<string> ReasonTags)
{
    public static RatingDimensions Current { get; } = new(
        "2026-1",
        [
            new(RatingLevel.VerySatisfied, "非常满意", 5),
            new(RatingLevel.Satisfied, "满意", 4),
            new(RatingLevel.BasicallySatisfied, "基本满意", 3),
            new(RatingLevel.Dissatisfied, "不满意", 2),
            new(RatingLevel.VeryDissatisfied, "非常不满意", 1),
        ],
        [
            new("overall", "整体满意度"),
            new("efficiency", "办事效率"),
            new("guideAccuracy", "办事指南精确度"),
            new("convenience", "办事便捷度"),
            new("usability", "平台操作性"),
        ],
        ["办事指南不准确", "材料要求反复", "超时办理", "多次跑动", "服务态度差", "平台操作不便", "不作为、乱作为", "其他"]);
}

public sealed record NamedLevel(RatingLevel Level, string Name, int Score);

public sealed record Dimension(string Key, string Name);
