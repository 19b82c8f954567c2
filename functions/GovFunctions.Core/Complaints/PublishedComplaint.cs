using System.Text.RegularExpressions;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// A closed complaint as the public sees it, when its complainant agreed: what it was about (never which case), the
/// question and the answer supervision closed it on, de-identified — any run of digits long enough to be a phone,
/// an identity number or an account is masked — and nothing of the complainant or their contact.
/// </summary>
public sealed partial record PublishedComplaint(
    string Number, string DepartmentCode, string About, string? ItemCode, string Question, string Answer, DateOnly FiledOn, DateOnly ClosedOn)
{
    public static PublishedComplaint? Of(CaseState state) =>
        state.Complaint is { Status: ComplaintStatus.Closed, Publishable: true } c && c.Answers.LastOrDefault() is { } answer
            ? new(state.Number, state.DepartmentCode, c.About.Kind, c.About.ItemCode, Deidentified(c.Text), Deidentified(answer.Text),
                ChinaTime.DateOf(c.FiledAt), ChinaTime.DateOf(c.Closure!.At))
            : null;

    /// <summary>Runs of 6 or more digits (and an identity number's final X) become '*', whatever they were.</summary>
    public static string Deidentified(string text) => LongNumber().Replace(text, m => new string('*', m.Length));

    [GeneratedRegex(@"[0-9][0-9 \-]{4,}[0-9Xx]")]
    private static partial Regex LongNumber();
}
