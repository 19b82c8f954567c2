using System.Text.Json.Nodes;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Audit;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.IntegrationTests;

/// <summary>The audit trail on the Cosmos emulator: chains written by racing instances, then tampered with on the emulator itself.</summary>
public sealed class CosmosAuditTrailTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private const string CaseNumber = "35070020270309104512-350700-000000000000000000";

    // 10:00 Beijing on a Tuesday next March; each test uses a day of its own.
    private static readonly DateTimeOffset Start = new(2027, 3, 9, 2, 0, 0, TimeSpan.Zero);

    private Container Container => cosmos.Database.GetContainer(CosmosContainers.Audit);

    private (AuditTrail Trail, CosmosAuditStore Store) NewInstance(FakeTimeProvider time)
    {
        var store = new CosmosAuditStore(Container);
        return (new AuditTrail(store, time, NullLogger<AuditTrail>.Instance), store);
    }

    private static AuditEntry Entry(DateTimeOffset at, string subject, int n, string? caseNumber = null, int status = 200) => new(
        at, subject, ["reviewer"], "350700-SPJ", "CompleteReviewStep", $"/api/cases/{caseNumber ?? "none"}/step-completion", caseNumber, status, "10.1.2.3", $"req-{n}");

    [Fact]
    public async Task One_account_recording_at_once_through_two_instances_leaves_whole_chains_numbered_without_gaps()
    {
        var day = Start.AddDays(0);
        var time = new FakeTimeProvider(day);
        var one = NewInstance(time);
        var other = NewInstance(time);

        var written = await Task.WhenAll(Enumerable.Range(0, 24).Select(n => (n % 2 == 0 ? one : other).Trail.RecordAsync(Entry(day.AddSeconds(n), "reviewer-7", n), default)));

        // Each instance spreads the account's requests over its lanes: 2 × 4 chains of 3 records.
        var chains = written.GroupBy(r => r.Chain).ToList();
        Assert.Equal(2 * AuditTrail.Lanes, chains.Count);
        Assert.All(chains, chain => Assert.Equal([1L, 2L, 3L], chain.Select(r => r.Sequence).Order()));
        var report = await one.Trail.VerifyAsync(new DateOnly(2027, 3, 9), default);
        Assert.True(report.Intact, report.FirstBreak?.Problem);
        Assert.Equal((2 * AuditTrail.Lanes, 24L, false), (report.Chains, report.Records, report.Anchored));
    }

    [Fact]
    public async Task A_record_edited_on_the_emulator_is_found_by_verification_at_its_place()
    {
        var day = Start.AddDays(1);
        var (trail, _) = NewInstance(new FakeTimeProvider(day));
        var records = new List<AuditRecord>();
        for (var n = 0; n < 6; n++)
        {
            records.Add(await trail.RecordAsync(Entry(day.AddMinutes(n), "approver-3", n, status: 409), default));
        }

        // Someone with write access to the database turns a refusal into a success.
        var chain = AuditChain.Parse(records[5].Chain);
        var id = $"2027-03-10.{chain.Writer}.{records[5].Sequence:D10}";
        var stored = (await Container.ReadItemAsync<JsonObject>(id, new PartitionKey("subject:approver-3"))).Resource;
        stored["record"]!["entry"]!["status"] = 200;
        await Container.ReplaceItemAsync(stored, id, new PartitionKey("subject:approver-3"));

        var report = await trail.VerifyAsync(new DateOnly(2027, 3, 10), default);

        Assert.False(report.Intact);
        Assert.Equal(records[5].Chain, report.FirstBreak!.Chain);
        Assert.Equal(records[5].Sequence, report.FirstBreak.Sequence);
        Assert.Equal(2, records[5].Sequence);
    }

    [Fact]
    public async Task After_the_day_is_over_its_anchor_shows_records_removed_from_the_end_and_added_late()
    {
        var day = Start.AddDays(2);
        var date = new DateOnly(2027, 3, 11);
        var time = new FakeTimeProvider(day);
        var (trail, store) = NewInstance(time);
        var written = new List<AuditRecord>();
        for (var n = 0; n < 5; n++)
        {
            written.Add(await trail.RecordAsync(Entry(day.AddMinutes(n), "clerk-9", n), default));
            written.Add(await trail.RecordAsync(Entry(day.AddMinutes(n), "clerk-8", n), default));
        }

        await Assert.ThrowsAsync<GovFunctions.Core.Errors.ConflictException>(() => trail.AnchorAsync(date, default));
        time.Advance(TimeSpan.FromDays(1));
        var anchor = await trail.AnchorAsync(date, default);
        var ends = written.GroupBy(r => r.Chain).Select(g => g.MaxBy(r => r.Sequence)!.AsLink).OrderBy(l => l.Chain, StringComparer.Ordinal).ToList();
        Assert.Equal(ends, anchor.Heads);
        Assert.Equal(anchor.Hash, (await trail.AnchorAsync(date, default)).Hash);
        Assert.True((await trail.VerifyAsync(date, default)).Intact);

        // The longest chain loses its last record.
        var longest = ends.MaxBy(l => l.Sequence)!;
        var cutChain = AuditChain.Parse(longest.Chain);
        await Container.DeleteItemAsync<JsonObject>($"2027-03-11.{cutChain.Writer}.{longest.Sequence:D10}", new PartitionKey(cutChain.Partition));
        var cut = await trail.VerifyAsync(date, default);
        Assert.Equal((longest.Chain, longest.Sequence), (cut.FirstBreak!.Chain, cut.FirstBreak.Sequence));

        // Another chain gains a record after the day was closed (it sorts before the cut one, so it is found first).
        var other = ends.First(l => string.CompareOrdinal(l.Chain, longest.Chain) < 0);
        await store.AppendAsync(AuditRecord.Link(AuditChain.Parse(other.Chain), other, Entry(day.AddHours(13), "late", 9)), default);
        var late = await trail.VerifyAsync(date, default);
        Assert.Equal((other.Chain, other.Sequence + 1), (late.FirstBreak!.Chain, late.FirstBreak.Sequence));
    }

    [Fact]
    public async Task A_record_whose_create_answered_too_late_does_not_stall_its_chain()
    {
        var day = Start.AddDays(6);
        var (trail, store) = NewInstance(new FakeTimeProvider(day));
        var first = await trail.RecordAsync(Entry(day, "clerk-7", 0), default);
        // The lane's next create reached the database, but its answer did not reach the instance (a timeout).
        await store.AppendAsync(AuditRecord.Link(AuditChain.Parse(first.Chain), first.AsLink, Entry(day.AddSeconds(1), "clerk-7", 1)), default);

        var written = new List<AuditRecord>();
        for (var n = 2; n < 2 + AuditTrail.Lanes; n++)
        {
            written.Add(await trail.RecordAsync(Entry(day.AddSeconds(n), "clerk-7", n), default));
        }

        Assert.Equal(3, Assert.Single(written, r => r.Chain == first.Chain).Sequence);
        Assert.True((await trail.VerifyAsync(new DateOnly(2027, 3, 15), default)).Intact);
    }

    [Fact]
    public async Task Records_are_listed_by_case_and_by_subject_within_the_days_asked_for()
    {
        var day = Start.AddDays(3);
        var (trail, store) = NewInstance(new FakeTimeProvider(day));
        await trail.RecordAsync(Entry(day, "clerk-5", 1, CaseNumber), default);
        await trail.RecordAsync(Entry(day.AddDays(1), "reviewer-5", 2, CaseNumber), default);
        await trail.RecordAsync(Entry(day.AddDays(1), "clerk-5", 3), default);

        var both = await store.ListAsync(new AuditRecordFilter(CaseNumber, null), new DateOnly(2027, 3, 12), new DateOnly(2027, 3, 13), default);
        var first = await store.ListAsync(new AuditRecordFilter(CaseNumber, null), new DateOnly(2027, 3, 12), new DateOnly(2027, 3, 12), default);
        var clerk = await store.ListAsync(new AuditRecordFilter(null, "clerk-5"), new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), default);

        Assert.Equal(["clerk-5", "reviewer-5"], both.Select(r => r.Entry.Subject).Order());
        Assert.Equal("req-1", Assert.Single(first).Entry.RequestId);
        Assert.Equal(["req-1", "req-3"], clerk.Select(r => r.Entry.RequestId).Order());
    }
}
