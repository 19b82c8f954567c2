using System.Text.RegularExpressions;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// A closed complaint as the public sees it, when its complainant agreed: what it was about (never which case), the
/// question and the answer supervision closed it on, de-identified — any run of digits long enough to be a phone,
/// an identity number or an account is masked, and the names of the persons its case names — and nothing of the
/// complainant or their contact. A name the complainant types that the platform does not know is not recognised: the
/// complainant agreed to publication of what they wrote.
/// </summary>
public sealed partial record PublishedComplaint(
    string Number, string DepartmentCode, string About, string? ItemCode, string Question, string Answer, DateOnly FiledOn, DateOnly ClosedOn)
{
    public static PublishedComplaint? Of(CaseState state) =>
        state.Complaint is { Status: ComplaintStatus.Closed, Publishable: true } c && c.Answers.LastOrDefault() is { } answer
            ? new(state.Number, state.DepartmentCode, c.About.Kind, c.About.ItemCode, Deidentified(c.Text, c.PersonNames), Deidentified(answer.Text, c.PersonNames),
                ChinaTime.DateOf(c.FiledAt), ChinaTime.DateOf(c.Closure!.At))
            : null;

    /// <summary>
    /// Runs of 6 or more digits (and an identity number's final X) become '*', whatever they were; the names of the
    /// persons the complaint's case names keep their first character only.
    /// </summary>
    public static string Deidentified(string text, IReadOnlyList<string> personNames) =>
        personNames.Where(n => n.Length > 1).OrderByDescending(n => n.Length)
            .Aggregate(LongNumber().Replace(text, m => new string('*', m.Length)), (masked, name) => masked.Replace(name, IdentifierMask.MaskName(name), StringComparison.Ordinal));

    [GeneratedRegex(@"[0-9][0-9 \-]{4,}[0-9Xx]")]
    private static partial Regex LongNumber();
}
