namespace GovFunctions.Azure.Queues;

/// <summary>
/// The local stand-in for the Service Bus topic's subscriptions: one Storage queue per province
/// (<c>province-{code}</c>) and its poison queue (<c>province-{code}-poison</c>). Tests give their queues a prefix of their own.
/// </summary>
public sealed record ProvinceQueues(string Prefix = ProvinceQueues.DefaultPrefix)
{
    public const string DefaultPrefix = "province-";

    public string Of(string provinceCode) => Prefix + provinceCode;

    public string PoisonOf(string provinceCode) => Of(provinceCode) + "-poison";
}
