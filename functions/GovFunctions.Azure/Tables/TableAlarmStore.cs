using System.Globalization;
using Azure;
using Azure.Data.Tables;
using GovFunctions.Core.Review;

namespace GovFunctions.Azure.Tables;

/// <summary>
/// Alarms in Table storage, partitioned by the UTC hour they fall due (<c>yyyyMMddHH</c>), so the due ones are a
/// range of partitions up to the current hour and each hour's alarms sit together. Row key: case number and
/// the case version the alarm was computed for.
/// </summary>
public sealed class TableAlarmStore(TableClient table) : IAlarmStore
{
    public async Task ScheduleAsync(CaseAlarm alarm, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(BucketOf(alarm.DueAt), RowKeyOf(alarm))
        {
            [nameof(CaseAlarm.CaseNumber)] = alarm.CaseNumber,
            [nameof(CaseAlarm.Kind)] = alarm.Kind.ToString(),
            [nameof(CaseAlarm.Clock)] = alarm.Clock?.ToString(),
            [nameof(CaseAlarm.DueAt)] = alarm.DueAt.ToUniversalTime(),
            [nameof(CaseAlarm.ForVersion)] = alarm.ForVersion,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseAlarm>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {BucketOf(now)} and DueAt le {now.ToUniversalTime()}");
        var due = new List<CaseAlarm>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(new CaseAlarm(
                entity.GetString(nameof(CaseAlarm.CaseNumber)),
                Enum.Parse<AlarmKind>(entity.GetString(nameof(CaseAlarm.Kind))),
                entity.GetString(nameof(CaseAlarm.Clock)) is { } clock ? Enum.Parse<ClockKind>(clock) : null,
                entity.GetDateTimeOffset(nameof(CaseAlarm.DueAt))!.Value,
                entity.GetInt32(nameof(CaseAlarm.ForVersion))!.Value));
            if (due.Count == max)
            {
                break;
            }
        }

        return due;
    }

    public async Task RemoveAsync(CaseAlarm alarm, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(BucketOf(alarm.DueAt), RowKeyOf(alarm), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already (by another runner, or a repeat after a crash).
        }
    }

    private static string BucketOf(DateTimeOffset dueAt) => dueAt.ToUniversalTime().ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static string RowKeyOf(CaseAlarm alarm) => $"{alarm.CaseNumber}~{alarm.ForVersion.ToString("D6", CultureInfo.InvariantCulture)}";
}
