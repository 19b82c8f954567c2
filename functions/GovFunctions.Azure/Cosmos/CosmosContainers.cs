namespace GovFunctions.Azure.Cosmos;

/// <summary>The containers the platform uses and their partition key paths. infra/ declares the same.</summary>
public static class CosmosContainers
{
    public const string PartitionKeyPath = "/partitionKey";

    public const string Catalog = "catalog";

    public const string Cases = "cases";

    public const string CaseViews = "case-views";

    /// <summary>The audit trail: never expires (see infra/modules/cosmos.bicep).</summary>
    public const string Audit = "audit";

    /// <summary>The supervision counters: one partition per department, and the index of counted scopes.</summary>
    public const string Statistics = "statistics";

    public static IReadOnlyList<string> All { get; } = [Catalog, Cases, CaseViews, Audit, Statistics];
}
