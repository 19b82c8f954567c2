using GovFunctions.Core.Cases;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Disclosure;

/// <summary>A disclosure request as its requester and its department see it; <see cref="Version"/> is what If-Match sends back.</summary>
/// <param name="Consultations">Art. 32: each third party consulted, while the answer clock stood still, and its answer.</param>
public sealed record DisclosureView(
    string Number, string QueryCode, string ItemCode, string DepartmentCode, string RegionCode, DisclosureRequest Request, CaseClock? Clock,
    IReadOnlyList<Suspension> Consultations, int Version)
{
    public static DisclosureView Of(CaseState state) =>
        new(state.Number, state.QueryCode, state.ItemCode, state.DepartmentCode, state.RegionCode, state.Disclosure!, state.Clock, state.Suspensions, state.Version);
}
