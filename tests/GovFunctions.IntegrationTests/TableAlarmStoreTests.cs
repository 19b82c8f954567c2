using Azure.Data.Tables;
using GovFunctions.Azure.Tables;
using GovFunctions.Core.Review;

namespace GovFunctions.IntegrationTests;

public sealed class TableAlarmStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);

    private readonly TableClient _table = new TableServiceClient(Emulators.StorageConnectionString).GetTableClient("italarms" + Guid.NewGuid().ToString("N")[..12]);

    public async Task InitializeAsync() => await _table.CreateAsync();

    public async Task DisposeAsync() => await _table.DeleteAsync();

    private static CaseAlarm Alarm(string caseNumber, DateTimeOffset dueAt, int version = 7) =>
        new(caseNumber, AlarmKind.Overdue, ClockKind.Review, dueAt, version);

    [Fact]
    public async Task Only_alarms_due_by_now_are_listed_across_hour_buckets_and_they_round_trip()
    {
        var store = new TableAlarmStore(_table);
        var yesterday = Alarm("A", Noon.AddDays(-1));
        var thisHourEarlier = Alarm("B", Noon.AddMinutes(-10));
        var thisHourLater = Alarm("C", Noon.AddMinutes(10));
        var tomorrow = Alarm("D", Noon.AddDays(1));
        var supplement = new CaseAlarm("E", AlarmKind.SupplementExpiry, null, Noon.AddHours(-3), 2);
        foreach (var alarm in new[] { tomorrow, thisHourLater, yesterday, thisHourEarlier, supplement })
        {
            await store.ScheduleAsync(alarm, default);
        }

        var due = await store.ListDueAsync(Noon, 100, default);

        Assert.Equal(new[] { yesterday, supplement, thisHourEarlier }.OrderBy(a => a.CaseNumber), due.OrderBy(a => a.CaseNumber));
        Assert.Single(await store.ListDueAsync(Noon, 1, default));
    }

    [Fact]
    public async Task Scheduling_the_same_alarm_twice_keeps_one_and_removing_is_idempotent()
    {
        var store = new TableAlarmStore(_table);
        var alarm = Alarm("A", Noon);
        await store.ScheduleAsync(alarm, default);
        await store.ScheduleAsync(alarm, default);
        await store.ScheduleAsync(alarm with { ForVersion = 8, DueAt = Noon.AddMinutes(5) }, default);

        Assert.Equal(2, (await store.ListDueAsync(Noon.AddHours(1), 100, default)).Count);

        await store.RemoveAsync(alarm, default);
        await store.RemoveAsync(alarm, default);

        Assert.Equal(8, Assert.Single(await store.ListDueAsync(Noon.AddHours(1), 100, default)).ForVersion);
    }
}
