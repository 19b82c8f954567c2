using GovFunctions.Core.Identity;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Supervision;

/// <summary>Who acts on supervision records in these tests: the Wenzhou weather bureau's head and the supervisors around it.</summary>
internal static class Supervisors
{
    public static readonly Caller Head = Staff(PlatformRole.Approver, "330300-QXJ", "head");

    public static readonly Caller City = Of("330300");

    public static readonly Caller Province = Of("330000");

    public static readonly Caller OtherRegion = Of("350700");

    private static Caller Of(string region) => new($"supervisor-{region}", new HashSet<PlatformRole> { PlatformRole.Supervisor }, RegionCode: region);
}
