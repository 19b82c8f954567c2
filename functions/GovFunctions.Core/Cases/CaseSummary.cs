namespace GovFunctions.Core.Cases;

/// <summary>One line of a case list: what an applicant's list or a window's incoming list shows.</summary>
public sealed record CaseSummary(
    string CaseNumber,
    string ItemCode,
    string ItemVersion,
    CaseStage Stage,
    string DepartmentCode,
    string? ApplicantName,
    DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? AcceptanceDeadline)
{
    public static CaseSummary Of(CaseState state) => new(
        state.Number, state.ItemCode, state.ItemVersion, state.Stage, state.DepartmentCode, state.Form.ApplicantName,
        state.StartedAt, state.SubmittedAt, state.AcceptanceDeadline);
}
