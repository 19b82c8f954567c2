namespace GovFunctions.Core.Cases;

/// <summary>
/// The lists a case appears in. Each list is a partition of view documents of its own, so reading a list
/// never crosses partitions: the applicant's own cases (all stages), and the accepting department's incoming
/// cases (submitted, awaiting acceptance).
/// </summary>
public static class CaseLists
{
    public static string OfApplicant(string subject) => "applicant-" + subject;

    public static string IncomingOf(string departmentCode) => "incoming-" + departmentCode;

    /// <summary>The lists that should show <paramref name="state"/> and those that should not.</summary>
    public static (IReadOnlyList<string> ShownIn, IReadOnlyList<string> AbsentFrom) For(CaseState state)
    {
        var incoming = IncomingOf(state.DepartmentCode);
        return state.Stage == CaseStage.Submitted
            ? ([OfApplicant(state.ApplicantSubject), incoming], [])
            : ([OfApplicant(state.ApplicantSubject)], [incoming]);
    }
}
