using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// The supervision counters in the <c>statistics</c> container: a department's days in its own partition (id =
/// day|item|region), so a period of a department is one single-partition query; the scopes ever counted in the
/// <c>scopes</c> partition, written when a scope's first day of the day is created.
/// </summary>
public sealed class CosmosStatisticsStore(Container container) : IStatisticsStore
{
    private const string ScopesPartition = "scopes";

    public async Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<DayDocument>(DayDocument.IdOf(scope, day), scope.DepartmentCode, cancellationToken))?.ToStored();

    public async Task CreateAsync(StatisticsDay day, CancellationToken cancellationToken)
    {
        var document = DayDocument.From(day);
        await container.CreateOrConflictAsync(document, document.PartitionKey, $"The counters of {document.Id} exist.", cancellationToken);
        var scope = day.Scope;
        await container.UpsertItemAsync(
            new ScopeDocument($"{scope.DepartmentCode}|{scope.ItemCode}|{scope.RegionCode}", ScopesPartition, scope), new PartitionKey(ScopesPartition), cancellationToken: cancellationToken);
    }

    public async Task ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        var document = DayDocument.From(day);
        await container.ReplaceIfMatchAsync(document, document.Id, document.PartitionKey, eTag, $"The counters of {document.Id} changed since they were read.", cancellationToken);
    }

    public async Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        var id = DayDocument.IdOf(day.Scope, day.Day);
        if (!await container.DeleteIfExistsAsync<DayDocument>(id, day.Scope.DepartmentCode, eTag, cancellationToken))
        {
            throw new PreconditionFailedException($"The counters of {id} changed since they were read.");
        }
    }

    public async IAsyncEnumerable<DayCounters> ReadCountersAsync(string departmentCode, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the counters travel: the applied sets are what makes a day large.
        var query = new QueryDefinition(
                "SELECT c.scope, c.day, c.counters FROM c WHERE c.partitionKey = @pk AND c.kind = 'day' AND c.day <= @to")
            .WithParameter("@pk", departmentCode).WithParameter("@to", DayDocument.DayOf(to));
        foreach (var row in await container.ReadAllAsync<CountersRow>(query, departmentCode, cancellationToken, pageSize: -1))
        {
            yield return new DayCounters(row.Scope, DateOnly.ParseExact(row.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Counters);
        }
    }

    public async IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk AND c.kind = 'day'").WithParameter("@pk", departmentCode);
        foreach (var document in await container.ReadAllAsync<DayDocument>(query, departmentCode, cancellationToken))
        {
            yield return document.ToStored();
        }
    }

    public async Task<IReadOnlyList<CountedScope>> ListScopesAsync(CancellationToken cancellationToken) =>
        (await container.ReadPartitionAsync<ScopeDocument>(ScopesPartition, cancellationToken)).Select(d => d.Scope).ToList();

    private sealed record DayDocument(
        string Id, string PartitionKey, string Kind, CountedScope Scope, string Day, IReadOnlyDictionary<string, long> Counters, IReadOnlyDictionary<string, IReadOnlyList<int>> Applied)
    {
        [JsonPropertyName("_etag")]
        public string? ETag { get; init; }

        public static string DayOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public static string IdOf(CountedScope scope, DateOnly day) => $"{DayOf(day)}|{scope.ItemCode}|{scope.RegionCode}";

        public static DayDocument From(StatisticsDay day) =>
            new(IdOf(day.Scope, day.Day), day.Scope.DepartmentCode, "day", day.Scope, DayOf(day.Day), day.Counters, day.Applied);

        public StoredStatisticsDay ToStored() =>
            new(new StatisticsDay(Scope, DateOnly.ParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), Counters, Applied), ETag!);
    }

    private sealed record ScopeDocument(string Id, string PartitionKey, CountedScope Scope)
    {
        public string Kind => "scope";
    }

    private sealed record CountersRow(CountedScope Scope, string Day, IReadOnlyDictionary<string, long> Counters);
}
