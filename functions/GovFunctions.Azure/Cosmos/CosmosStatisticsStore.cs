using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Statistics;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Azure.Cosmos;

/// <summary>
/// The supervision counters in the <c>statistics</c> container: a department's days and months in its own partition
/// (id = day|item|region, month|yyyy-MM|item|region), so a period of a department is one single-partition query; the
/// scopes ever counted in the <c>scopes</c> partition, written whenever a day or month document is created.
/// </summary>
public sealed class CosmosStatisticsStore(Container container) : IStatisticsStore
{
    private const string ScopesPartition = "scopes";
    private const string DayKind = "day";
    private const string MonthKind = "month";

    public async Task<StoredStatisticsDay?> FindAsync(CountedScope scope, DateOnly day, bool month, CancellationToken cancellationToken) =>
        (await container.ReadOrNullAsync<DayDocument>(DayDocument.IdOf(scope, day, month), scope.DepartmentCode, cancellationToken))?.ToStored();

    public async Task<string> CreateAsync(StatisticsDay day, CancellationToken cancellationToken)
    {
        var document = DayDocument.From(day);
        var eTag = await container.CreateOrConflictAsync(document, document.PartitionKey, $"The counters of {document.Id} exist.", cancellationToken);
        var scope = day.Scope;
        await container.UpsertItemAsync(
            new ScopeDocument($"{scope.DepartmentCode}|{scope.ItemCode}|{scope.RegionCode}", ScopesPartition, scope), new PartitionKey(ScopesPartition), cancellationToken: cancellationToken);
        return eTag;
    }

    public Task<string> ReplaceAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        var document = DayDocument.From(day);
        return container.ReplaceIfMatchAsync(document, document.Id, document.PartitionKey, eTag, $"The counters of {document.Id} changed since they were read.", cancellationToken);
    }

    public async Task DeleteAsync(StatisticsDay day, string eTag, CancellationToken cancellationToken)
    {
        var id = DayDocument.IdOf(day.Scope, day.Day, day.Month);
        if (!await container.DeleteIfExistsAsync<DayDocument>(id, day.Scope.DepartmentCode, eTag, cancellationToken))
        {
            throw new PreconditionFailedException($"The counters of {id} changed since they were read.");
        }
    }

    public async IAsyncEnumerable<DayCounters> ReadCountersAsync(
        string departmentCode, DateOnly lastMonth, IReadOnlyList<(DateOnly From, DateOnly To)> days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the counters travel: the applied sets are what makes a document large.
        var ranges = days.Select((_, i) => $"(c.day >= @from{i} AND c.day <= @to{i})").ToList();
        var query = new QueryDefinition(
            "SELECT c.scope, c.day, c.kind, c.counters FROM c WHERE c.partitionKey = @pk AND ((c.kind = 'month' AND c.day <= @lastMonth)"
            + (ranges.Count > 0 ? $" OR (c.kind = 'day' AND ({string.Join(" OR ", ranges)}))" : "") + ")")
            .WithParameter("@pk", departmentCode).WithParameter("@lastMonth", DayDocument.DayOf(lastMonth));
        foreach (var (range, i) in days.Select((r, i) => (r, i)))
        {
            query = query.WithParameter($"@from{i}", DayDocument.DayOf(range.From)).WithParameter($"@to{i}", DayDocument.DayOf(range.To));
        }

        foreach (var row in await container.ReadAllAsync<CountersRow>(query, departmentCode, cancellationToken, pageSize: -1))
        {
            yield return new DayCounters(row.Scope, DateOnly.ParseExact(row.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Counters) { Month = row.Kind == MonthKind };
        }
    }

    public async IAsyncEnumerable<StoredStatisticsDay> ReadDaysAsync(string departmentCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk AND (c.kind = 'day' OR c.kind = 'month')").WithParameter("@pk", departmentCode);
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

        public static string IdOf(CountedScope scope, DateOnly day, bool month) =>
            month ? $"{MonthKind}|{day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}|{scope.ItemCode}|{scope.RegionCode}" : $"{DayOf(day)}|{scope.ItemCode}|{scope.RegionCode}";

        public static DayDocument From(StatisticsDay day) =>
            new(IdOf(day.Scope, day.Day, day.Month), day.Scope.DepartmentCode, day.Month ? MonthKind : DayKind, day.Scope, DayOf(day.Day), day.Counters, day.Applied);

        public StoredStatisticsDay ToStored() =>
            new(new StatisticsDay(Scope, DateOnly.ParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), Counters, Applied) { Month = Kind == MonthKind }, ETag!);
    }

    private sealed record ScopeDocument(string Id, string PartitionKey, CountedScope Scope)
    {
        public string Kind => "scope";
    }

    private sealed record CountersRow(CountedScope Scope, string Day, string Kind, IReadOnlyDictionary<string, long> Counters);
}
