using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Publication;

/// <summary>
/// 结果公示: one decided case as the public sees it. An organisation (or 个体工商户) is published by name and unified
/// social credit code — licensing results are public (行政许可法 第四十条); a natural person is de-identified
/// (去标识化): the name masked to its first character, never an identity number, phone or address.
/// </summary>
public sealed record PublishedResult(
    string CaseNumber,
    string ItemCode,
    string? ItemName,
    string DepartmentCode,
    string ApplicantName,
    string? ApplicantCreditCode,
    DecisionOutcome Outcome,
    DateTimeOffset DecidedAt,
    DateOnly DecidedOn,
    string ResultDocument,
    int? WorkingDaysUsed,
    int? LimitWorkingDays)
{
    public const string NaturalPerson = "自然人";

    /// <summary>The result of a decided case; null when its guide does not publish.</summary>
    public static PublishedResult? Of(CaseState state)
    {
        if (state.Decision is not { Published: true } decision)
        {
            return null;
        }

        var form = state.Form;
        var organisation = form.ApplicantType != NaturalPerson && ChineseIdentifiers.IsValidCreditCode(form.IdentityNumber?.Trim().ToUpperInvariant());
        var name = form.ApplicantName?.Trim() ?? "";
        return new PublishedResult(
            state.Number, state.ItemCode, decision.ItemName, CaseLists.IssuingDepartment(state),
            organisation ? name : IdentifierMask.MaskName(name),
            organisation ? form.IdentityNumber!.Trim().ToUpperInvariant() : null,
            decision.Outcome, decision.At, ChinaTime.DateOf(decision.At), decision.ResultDocument,
            decision.ReviewTime?.WorkingDaysUsed, decision.ReviewTime?.LimitWorkingDays);
    }
}
