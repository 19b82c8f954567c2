using GovFunctions.Core.Statistics;
using Azure.Storage.Queues;
using GovFunctions.Azure.Queues;
using GovFunctions.Core.Cases;
using GovFunctions.Functions.Outbox;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The outbox driven without the Cosmos DB extension: each case write puts the case number on the <c>case-outbox</c>
/// queue (Azurite) and the queue trigger drains that case; the five-minute rescan catches what a lost or poisoned
/// signal left.
/// </summary>
[Collection(FunctionsAppCollection.Name)]
public sealed class OutboxQueueTriggerTests(FunctionsAppFixture app)
{
    private OutboxFunctions Trigger => new(app.Services.GetRequiredService<CaseOutboxProcessor>());

    private QueueClient Province => app.Services.GetRequiredService<QueueServiceClient>()
        .GetQueueClient(app.Services.GetRequiredService<ProvinceQueues>().Prefix + "330000");

    private async Task<List<string>> MilestonesOf(string number) =>
        [.. (await Province.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).Where(b => b.Contains(number, StringComparison.Ordinal))];

    /// <summary>Takes every signal off the fixture's queue (each test's own queue) and answers those for the case.</summary>
    private async Task<List<string>> SignalsFor(string number)
    {
        var signals = new List<string>();
        var queue = app.Services.GetRequiredService<QueueClient>();
        for (var batch = (await queue.ReceiveMessagesAsync(32)).Value; batch.Length > 0; batch = (await queue.ReceiveMessagesAsync(32)).Value)
        {
            foreach (var message in batch)
            {
                if (message.Body.ToString() == number)
                {
                    signals.Add(number);
                }

                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return signals;
    }

    [Fact]
    public async Task Every_case_write_signals_the_queue_and_the_trigger_drains_the_case()
    {
        await Province.CreateIfNotExistsAsync();
        var cases = app.Services.GetRequiredService<CaseService>();
        var number = (await cases.StartAsync(FunctionsAppFixture.Applicant, "XK01001001-330300000000", default)).State.Number;

        // The signal is the case number, Base64 as the Functions queue trigger reads it.
        Assert.Equal([number], await SignalsFor(number));
        Assert.True((await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.Case.Outbox.ViewsOutdated);

        await Trigger.DrainCaseOutbox(number, default);

        Assert.False((await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.Case.Outbox.ViewsOutdated);
    }

    [Fact]
    public async Task A_repeated_or_late_signal_changes_nothing()
    {
        await Province.CreateIfNotExistsAsync();
        var number = await app.SubmitCaseAsync();
        var stored = await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default);
        Assert.Single(await MilestonesOf(number));

        await Trigger.DrainCaseOutbox(number, default);
        await Trigger.DrainCaseOutbox(number, default);

        Assert.Single(await MilestonesOf(number));
        Assert.Equal(stored!.ETag, (await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.ETag);
    }

    [Fact]
    public async Task A_lost_signal_is_drained_by_the_rescan()
    {
        await Province.CreateIfNotExistsAsync();
        var cases = app.Services.GetRequiredService<CaseService>();
        var number = (await cases.StartAsync(FunctionsAppFixture.Applicant, "XK01001001-330300000000", default)).State.Number;
        await SignalsFor(number); // lost: nobody drains it

        await Trigger.RetryCaseOutboxes(new TimerInfo(), default);

        Assert.False((await app.Services.GetRequiredService<ICaseStore>().FindAsync(number, default))!.Case.Outbox.ViewsOutdated);
        Assert.Null(await app.Services.GetRequiredService<ICaseStore>().FindOutboxNoteAsync(number, default));
    }

    [Fact]
    public async Task A_signal_that_keeps_failing_is_thrown_back_for_the_poison_queue_and_the_milestones_are_not_lost()
    {
        await Province.CreateIfNotExistsAsync();
        var number = await app.SubmitCaseAsync();
        await Province.ClearMessagesAsync();
        await Review.AcceptAsync(FunctionsAppFixture.Clerk, number, null, default);
        // Every drain of this case fails while its lists cannot be written (the real view store behind a switch).
        var views = new SwitchedViewStore(app.Services.GetRequiredService<ICaseViewStore>()) { Failing = true };
        var failingTrigger = new OutboxFunctions(new CaseOutboxProcessor(
            app.Services.GetRequiredService<ICaseStore>(), views, app.Services.GetRequiredService<StatisticsCounting>(), app.Services.GetRequiredService<GovFunctions.Core.Milestones.IMilestonePublisher>(),
            app.Services.GetRequiredService<GovFunctions.Core.Milestones.ProvinceBackoff>(), app.Services.GetRequiredService<GovFunctions.Core.Calendar.WorkCalendars>(),
            app.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<CaseOutboxProcessor>.Instance));

        // The host dequeues a message five times before it moves it to case-outbox-poison.
        for (var dequeue = 1; dequeue <= 5; dequeue++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => failingTrigger.DrainCaseOutbox(number, default));
        }

        var note = await app.Services.GetRequiredService<ICaseStore>().FindOutboxNoteAsync(number, default);
        Assert.Equal((5, 1), (note!.Failures, note.PendingMessages));
        Assert.Empty(await MilestonesOf(number));

        // The note is what the five-minute rescan follows, once the case's wait is over.
        app.Clock.Set(app.Clock.GetUtcNow().AddHours(2));
        await Trigger.RetryCaseOutboxes(new TimerInfo(), default);

        Assert.Contains(await MilestonesOf(number), m => m.Contains("caseAccepted", StringComparison.Ordinal));
        Assert.Null(await app.Services.GetRequiredService<ICaseStore>().FindOutboxNoteAsync(number, default));
    }

    private sealed class SwitchedViewStore(ICaseViewStore inner) : ICaseViewStore
    {
        public bool Failing { get; init; }

        public Task UpsertAsync(string list, CaseSummary summary, CancellationToken cancellationToken) =>
            Failing ? throw new CosmosException("Injected: the view container is unavailable.", System.Net.HttpStatusCode.ServiceUnavailable, 0, "", 0) : inner.UpsertAsync(list, summary, cancellationToken);

        public Task RemoveAsync(string list, string caseNumber, CancellationToken cancellationToken) => inner.RemoveAsync(list, caseNumber, cancellationToken);

        public Task<GovFunctions.Core.Paging.Page<CaseSummary>> ListAsync(string list, GovFunctions.Core.Paging.PageRequest page, CancellationToken cancellationToken) =>
            inner.ListAsync(list, page, cancellationToken);
    }

    private GovFunctions.Core.Review.ReviewService Review => app.Services.GetRequiredService<GovFunctions.Core.Review.ReviewService>();
}
