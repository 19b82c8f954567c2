using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Participation;

/// <summary>The decider of a rating: its applicant, once, within the window after the case concluded.</summary>
public static class RatingDecisions
{
    public const int MaxCommentLength = 500;

    /// <summary>The channel of ratings given through this platform's API.</summary>
    public const string WebChannel = "web";

    /// <summary>
    /// A case can be rated once concluded: decided (approved or denied, delivered or not) or not accepted (by a
    /// window or a lapsed supplement). A case the applicant withdrew is not rated: the service did not conclude it.
    /// </summary>
    public static DateTimeOffset? ConcludedAt(CaseState state) => state.Stage switch
    {
        CaseStage.Decided or CaseStage.Delivered => state.Decision?.At,
        CaseStage.NotAccepted => state.ClosedAt,
        _ => null,
    };

    /// <summary>The rating; a poor one opens its rectification in the same event, on the case's <paramref name="calendar"/>.</summary>
    public static CaseRated Rate(CaseState state, Caller caller, RatingCommand command, RatingOptions options, WorkCalendar calendar, DateTimeOffset now)
    {
        CaseDecisions.RequireOwner(state, caller);
        caller.Require(PlatformRole.Applicant);
        var concluded = ConcludedAt(state) ?? throw new ConflictException($"Case {state.Number} is {state.Stage}: it can be rated once decided or not accepted.");
        if (state.Rating is { } given)
        {
            throw new ConflictException($"Case {state.Number} was rated on {given.At:O}; a case is rated once.");
        }

        if (now > concluded.AddDays(options.WindowDays))
        {
            throw new ConflictException($"Case {state.Number} concluded on {concluded:O}; it could be rated for {options.WindowDays} days.");
        }

        var dimensions = RatingDimensions.Current;
        var errors = new ValidationErrors();
        var level = LevelOf("level", command.Level, errors);
        var levels = new Dictionary<string, RatingLevel>();
        foreach (var (rated, i) in (command.Dimensions ?? []).Select((d, i) => (d, i)))
        {
            var key = rated?.Dimension;
            if (dimensions.Dimensions.All(d => d.Key != key) || levels.ContainsKey(key!))
            {
                errors.Add($"dimensions[{i}].dimension", $"must be a dimension of version {dimensions.Version}, each rated at most once.");
            }
            else if (LevelOf($"dimensions[{i}].level", rated!.Level, errors) is { } dimensionLevel)
            {
                levels[key!] = dimensionLevel;
            }
        }

        var reasons = (command.Reasons ?? []).Select(r => r?.Trim() ?? "").ToList();
        foreach (var unknown in reasons.Where(r => !dimensions.ReasonTags.Contains(r)))
        {
            errors.Add("reasons", $"'{unknown}' is not a published reason tag.");
        }

        errors.CheckLength("comment", command.Comment, MaxCommentLength);
        if (level is { } overall && RatingLevels.IsPoor(overall) && reasons.Count == 0 && string.IsNullOrWhiteSpace(command.Comment))
        {
            errors.Add("reasons", "a poor rating (不满意, 非常不满意) gives at least one reason tag or a comment.");
        }

        errors.ThrowIfAny();
        return new CaseRated(now, caller.Subject, new CaseRating(
            level!.Value, levels, [.. reasons.Distinct()], string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(),
            dimensions.Version, WebChannel, now, caller.Subject))
        {
            Rectification = RatingLevels.IsPoor(level.Value) ? RectificationDecisions.Open(state, options, calendar, now) : null,
        };
    }

    /// <summary>The level named as the API writes it (camelCase), or null with the field's error added.</summary>
    private static RatingLevel? LevelOf(string field, string? value, ValidationErrors errors)
    {
        errors.RequireOneOf(field, value, LevelNames.Keys.ToHashSet());
        return value is not null && LevelNames.TryGetValue(value, out var level) ? level : null;
    }

    private static readonly IReadOnlyDictionary<string, RatingLevel> LevelNames =
        Enum.GetValues<RatingLevel>().ToDictionary(l => JsonNamingPolicy.CamelCase.ConvertName(l.ToString()), StringComparer.Ordinal);
}
