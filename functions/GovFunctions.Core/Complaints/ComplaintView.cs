using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Complaints;

/// <summary>
/// A complaint as its complainant or its handlers see it. Staff (the department, supervision) see the contact; the
/// complainant sees the query code, and their contact only when signed in (a number and code alone show it masked).
/// </summary>
/// <param name="Version">For If-Match on the next command.</param>
public sealed record ComplaintView(
    string Number, string? QueryCode, string DepartmentCode, string RegionCode, Complaint Complaint, CaseClock? Clock, int Version)
{
    public static ComplaintView ForStaff(CaseState state) => new(state.Number, null, state.DepartmentCode, state.RegionCode, state.Complaint!, state.Clock, state.Version);

    public static ComplaintView ForComplainant(CaseState state, bool signedIn) => new(
        state.Number, state.QueryCode, state.DepartmentCode, state.RegionCode,
        signedIn || state.Complaint!.Contact is null ? state.Complaint! : state.Complaint with { Contact = state.Complaint.Contact with { Value = "***" } },
        state.Clock, state.Version);
}
