using GovFunctions.Core.Statistics;
using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Serialization;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovFunctions.IntegrationTests;

public sealed class CaseOutboxProcessorTests(CosmosDatabaseFixture cosmos, ProvinceQueuesFixture queues)
    : IClassFixture<CosmosDatabaseFixture>, IClassFixture<ProvinceQueuesFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static readonly ApplicationForm CompleteForm = new()
    {
        ApplicantType = "企业法人", ApplicantName = "温州某化工有限公司", IdentityNumber = "91350100M000100Y43",
        ContactName = "王五", ContactPhone = "13800138000", Matter = "油库雷电防护装置设计审核",
    };

    private readonly Caller _applicant = new("company-" + Guid.NewGuid().ToString("N")[..8], new HashSet<PlatformRole> { PlatformRole.Applicant });

    private readonly GovFunctions.Core.PersonalData.PersonalDataKeys _keys = TestKeys.PersonalData();

    private CosmosCaseStore Cases => new(cosmos.Database.GetContainer(CosmosContainers.Cases), _keys);

    private CosmosCaseViewStore Views => new(cosmos.Database.GetContainer(CosmosContainers.CaseViews));

    private StatisticsCounting Counting => new(new CosmosStatisticsStore(cosmos.Database.GetContainer(CosmosContainers.Statistics)), NullLogger<StatisticsCounting>.Instance);

    public Task InitializeAsync() => queues.CreateAsync("330000");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A fresh processor on fresh clients: what LocalHost has after a restart.</summary>
    private CaseOutboxProcessor NewProcessor() => new(Cases, Views, Counting, new QueueMilestonePublisher(queues.Service, queues.Names),
        new ProvinceBackoff(TimeProvider.System), new WorkCalendars(), TimeProvider.System, NullLogger<CaseOutboxProcessor>.Instance);

    /// <summary>Saves the way the application service does: the pending note first, then the case with its outbox.</summary>
    private async Task<StoredCase> Save(CaseRecord record, string? eTag)
    {
        await Cases.MarkOutboxPendingAsync(OutboxNote.Of(record), default);
        return eTag is null ? await Cases.CreateAsync(record, default) : await Cases.ReplaceAsync(record, eTag, default);
    }

    private static CaseRecord Apply(CaseRecord record, CaseEvent @event, OutboxMessage? message = null) => record with
    {
        State = CaseEvolution.Apply(record.State, @event),
        History = [.. record.History, @event],
        Outbox = new CaseOutbox(true, message is null ? record.Outbox.Messages : [.. record.Outbox.Messages, message]),
    };

    private async Task<StoredCase> StartDraft()
    {
        var started = CaseDecisions.StartDraft(Seed.Lightning, _applicant, Now);
        return await Save(new CaseRecord(CaseEvolution.Apply(null, started), [started], new CaseOutbox(true, []), new Dictionary<string, string>()), null);
    }

    private async Task<StoredCase> Submit(StoredCase draft)
    {
        var record = Apply(draft.Case, CaseDecisions.UpdateForm(draft.Case.State, _applicant, CompleteForm, Now));
        foreach (var slot in new[] { "M01", "M02", "M03" })
        {
            record = Apply(record, CaseDecisions.AttachMaterial(record.State, Seed.Lightning, _applicant, slot, slot + ".pdf", new StoredMaterial(slot, 1, "application/pdf"), Now));
        }

        var submitted = CaseDecisions.Submit(record.State, Seed.Lightning, _applicant, WorkCalendar.Official, Now);
        return await Save(Apply(record, submitted, new OutboxMessage(record.History.Count + 1, "caseSubmitted", Now)), draft.ETag);
    }

    private async Task<IReadOnlyList<CaseSummary>> List(string list) =>
        (await Views.ListAsync(list, new PageRequest(100, null), default)).Items;

    [Fact]
    public async Task The_lists_catch_up_after_each_save()
    {
        var processor = NewProcessor();
        var draft = await StartDraft();
        var number = draft.Case.State.Number;

        await processor.ProcessAsync(number, default);
        Assert.Equal(CaseStage.Draft, Assert.Single(await List(CaseLists.OfApplicant(_applicant.Subject))).Stage);
        Assert.DoesNotContain(await List(CaseLists.WorkOf("330300-QXJ", PlatformRole.Clerk)), s => s.CaseNumber == number);
        Assert.DoesNotContain(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == number);

        var submitted = await Submit((await Cases.FindAsync(number, default))!);
        await processor.ProcessAsync(number, default);
        var incoming = Assert.Single(await List(CaseLists.WorkOf("330300-QXJ", PlatformRole.Clerk)), s => s.CaseNumber == number);
        Assert.Equal((CaseStage.Submitted, "温州某化工有限公司"), (incoming.Stage, incoming.ApplicantName));
        var stored = (await Cases.FindAsync(number, default))!;
        Assert.False(stored.Case.Outbox.ViewsOutdated);
        Assert.Empty(stored.Case.Outbox.Messages); // published to the province, then marked sent
        Assert.Contains((await queues.Queue("330000").PeekMessagesAsync(32)).Value, m => m.Body.ToString().Contains($"\"{number}-{submitted.Case.History.Count}\""));
        Assert.DoesNotContain(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == number);

        var withdrawn = Apply(stored.Case, CaseDecisions.Withdraw(stored.Case.State, _applicant, "材料需要重新准备", Now));
        await Save(withdrawn, stored.ETag);
        await processor.ProcessAsync(number, default);
        Assert.DoesNotContain(await List(CaseLists.WorkOf("330300-QXJ", PlatformRole.Clerk)), s => s.CaseNumber == number);
        Assert.Equal(CaseStage.Withdrawn, Assert.Single(await List(CaseLists.OfApplicant(_applicant.Subject))).Stage);
        Assert.NotEqual(submitted.ETag, (await Cases.FindAsync(number, default))!.ETag);
    }

    [Fact]
    public async Task A_restart_with_outbox_work_pending_catches_up_at_start()
    {
        // Saved, then the process stopped before the outbox was drained.
        var draft = await StartDraft();
        var submitted = await Submit(draft);
        Assert.Empty(await List(CaseLists.OfApplicant(_applicant.Subject)));

        var rescanned = await NewProcessor().RescanAsync(default);

        Assert.True(rescanned >= 1);
        Assert.Equal(CaseStage.Submitted, Assert.Single(await List(CaseLists.OfApplicant(_applicant.Subject))).Stage);
        Assert.Contains(await List(CaseLists.WorkOf("330300-QXJ", PlatformRole.Clerk)), s => s.CaseNumber == submitted.Case.State.Number);
    }

    [Fact]
    public async Task Drained_from_its_save_the_note_goes_only_while_no_newer_change_has_noted_itself()
    {
        var draft = await StartDraft();
        var number = draft.Case.State.Number;
        var note = await Cases.MarkOutboxPendingAsync(OutboxNote.Of(draft.Case), default);

        // A change read the case and noted its work, and has not written the case yet.
        await Cases.MarkOutboxPendingAsync(OutboxNote.Of(draft.Case), default);
        await NewProcessor().ProcessAsync(number, new OwingCase(draft, note), default);
        Assert.Contains(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == number);
        Assert.False((await Cases.FindAsync(number, default))!.Case.Outbox.ViewsOutdated);

        // Nothing newer: drained from its save, the note goes without the case being read again.
        var changed = Apply((await Cases.FindAsync(number, default))!.Case, CaseDecisions.UpdateForm(draft.Case.State, _applicant, CompleteForm, Now));
        var newer = await Cases.MarkOutboxPendingAsync(OutboxNote.Of(changed), default);
        var saved = await Cases.ReplaceAsync(changed, (await Cases.FindAsync(number, default))!.ETag, default);
        await NewProcessor().ProcessAsync(number, new OwingCase(saved, newer), default);
        Assert.DoesNotContain(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == number);
        Assert.Equal("温州某化工有限公司", Assert.Single(await List(CaseLists.OfApplicant(_applicant.Subject))).ApplicantName);
    }

    [Fact]
    public async Task A_save_a_rescan_drained_first_is_not_drained_again_from_its_copy()
    {
        var submitted = await Submit(await StartDraft());
        var number = submitted.Case.State.Number;
        var processor = NewProcessor();

        // The rescan found the note before the save's own signal arrived, and drained the case from the store.
        await processor.ProcessAsync(number, default);
        await processor.ProcessAsync(number, new OwingCase(submitted, "\"stale\""), default);

        var sent = (await queues.Queue("330000").PeekMessagesAsync(32)).Value
            .Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
            .Where(e => e.GetProperty("sessionId").GetString() == number).ToList();
        Assert.Equal(["caseSubmitted"], sent.Select(e => e.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task A_note_left_by_a_save_that_never_happened_is_cleared()
    {
        await Cases.MarkOutboxPendingAsync(new OutboxNote("20261123100000-330300-XK01001001-2345", "330000", 1, Now), default);

        await NewProcessor().ProcessAsync("20261123100000-330300-XK01001001-2345", default);

        Assert.DoesNotContain(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == "20261123100000-330300-XK01001001-2345");
    }

    [Fact]
    public async Task A_case_whose_document_does_not_read_is_noted_as_failing_and_holds_up_no_other()
    {
        // Written straight to the emulator: a case document whose history is not a list of events.
        const string poisoned = "20261123100000-330300-XK01001001-P0SN";
        await cosmos.Database.GetContainer(CosmosContainers.Cases).UpsertItemAsync(
            new { id = poisoned, partitionKey = poisoned, state = "corrupted", history = 42 }, new Microsoft.Azure.Cosmos.PartitionKey(poisoned));
        await Cases.MarkOutboxPendingAsync(new OutboxNote(poisoned, "330000", 1, Now), default);
        var healthy = await Submit(await StartDraft());
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var processor = new CaseOutboxProcessor(Cases, Views, Counting, new QueueMilestonePublisher(queues.Service, queues.Names),
            new ProvinceBackoff(time), new WorkCalendars(), time, NullLogger<CaseOutboxProcessor>.Instance);

        await processor.RescanAsync(default);

        Assert.Contains(await List(CaseLists.WorkOf("330300-QXJ", PlatformRole.Clerk)), s => s.CaseNumber == healthy.Case.State.Number);
        var note = Assert.Single(await Cases.ListOutboxPendingAsync(default), n => n.CaseNumber == poisoned);
        Assert.Equal(1, note.Failures);
        Assert.StartsWith("JsonException", note.LastError);
        Assert.True(note.RetryAt > Now);

        // Within its wait a rescan leaves it alone; after it, the case is tried again and the failures add up.
        await processor.RescanAsync(default);
        Assert.Equal(1, (await Cases.FindOutboxNoteAsync(poisoned, default))!.Failures);
        time.Advance(TimeSpan.FromMinutes(2));
        await processor.RescanAsync(default);
        var again = (await Cases.FindOutboxNoteAsync(poisoned, default))!;
        Assert.Equal(2, again.Failures);
        Assert.True(again.RetryAt - time.GetUtcNow() > TimeSpan.FromSeconds(29));
        await Cases.ClearOutboxPendingAsync(poisoned, ifMatch: null, default);
    }
}
