namespace GovFunctions.Core.Milestones;

/// <summary>
/// Per-province retry pacing for publishing: a provincial system that is down costs one failed send per wait (from
/// 2 s, doubling, at most 5 minutes), and the other provinces' milestones keep flowing.
/// </summary>
public sealed class ProvinceBackoff(TimeProvider time) : KeyedBackoff(time, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));
