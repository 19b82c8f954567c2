using GovFunctions.Core.Cases;

namespace GovFunctions.Core.Complaints;

/// <summary>A complaint on a work list: where it stands and what it is about, without its text or the complainant's contact.</summary>
public sealed record ComplaintLine(
    ComplaintStatus Status, string About, string? CaseNumber, string? ItemCode, string? Window, string? AssignedTo, DateTimeOffset FiledAt, DateTimeOffset? HandlingDeadline)
{
    public static ComplaintLine? Of(CaseState state) => state.Complaint is not { } c ? null
        : new(c.Status, c.About.Kind, c.About.CaseNumber, c.About.ItemCode, c.About.Window, c.AssignedTo, c.FiledAt, c.HandlingDeadline);
}
