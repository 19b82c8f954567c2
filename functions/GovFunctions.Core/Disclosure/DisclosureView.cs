using GovFunctions.Core.Cases;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Disclosure;

/// <summary>A disclosure request as its requester and its department see it; <see cref="Version"/> is what If-Match sends back.</summary>
/// <param name="Pauses">Each time the answer clock stood still — a third party consulted (Art. 32), a fee awaited (Art. 42) — and what ended it.</param>
/// <param name="Documents">The information provided (Art. 36 (2), 37); the requester sees them once the answer provides them, the staff as they are prepared.</param>
public sealed record DisclosureView(
    string Number, string QueryCode, string ItemCode, string DepartmentCode, string RegionCode, DisclosureRequest Request, CaseClock? Clock,
    IReadOnlyList<Suspension> Pauses, IReadOnlyList<MaterialRecord> Documents, int Version)
{
    public static DisclosureView Of(CaseState state, Caller caller) =>
        new(state.Number, state.QueryCode, state.ItemCode, state.DepartmentCode, state.RegionCode, state.Disclosure!, state.Clock, state.Suspensions,
            state.Disclosure!.Provided || !caller.IsIn(PlatformRole.Applicant) ? state.Materials : [], state.Version);
}
