using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Supervision;

/// <summary>
/// A supervision file as its department and its supervisors see it: the notice, and every action on it with who and
/// when (issued, answered, escalated), in the order they happened; nothing is ever removed.
/// </summary>
/// <param name="Number">The file's number, numbered like a case with the basic code <c>DB00000000</c>.</param>
/// <param name="Version">For If-Match on the answer.</param>
public sealed record DepartmentNoticeView(
    string Number, string DepartmentCode, string RegionCode, SupervisionNotice Notice, IReadOnlyList<SupervisionAction> Actions, int Version)
{
    public static DepartmentNoticeView Of(CaseRecord file) => new(
        file.State.Number, file.State.DepartmentCode, file.State.RegionCode, file.State.Notices[0],
        [.. file.History.Select(SupervisionAction.Of).OfType<SupervisionAction>()], file.State.Version);
}

/// <param name="Action"><c>issued</c>, <c>answered</c> or <c>escalated</c> (by the platform, to <paramref name="To"/>).</param>
public sealed record SupervisionAction(string Action, DateTimeOffset At, string By, string? To = null)
{
    public static SupervisionAction? Of(CaseEvent @event) => @event switch
    {
        SupervisionFileOpened or NoticeIssued => new("issued", @event.At, @event.By),
        NoticeAnswered => new("answered", @event.At, @event.By),
        NoticeOverdue e => new("escalated", e.At, e.By, e.EscalatedTo),
        _ => null,
    };
}
