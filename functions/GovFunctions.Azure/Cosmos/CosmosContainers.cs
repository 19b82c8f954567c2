namespace GovFunctions.Azure.Cosmos;

/// <summary>The containers the platform uses and their partition key paths. infra/ declares the same.</summary>
public static class CosmosContainers
{
    public const string PartitionKeyPath = "/partitionKey";

    public const string Catalog = "catalog";

    public const string Cases = "cases";

    public const string CaseViews = "case-views";

    public static IReadOnlyList<string> All { get; } = [Catalog, Cases, CaseViews];

    /// <summary>The change-feed lease container of the Functions app's outbox trigger (Azure only; partition key /id).</summary>
    public const string Leases = "leases";

    public const string LeasesPartitionKeyPath = "/id";
}
