namespace GovFunctions.Benchmarks;

/// <summary>One command and the Cosmos DB operations it cost, its outbox work included (mean over the cases run), and where they went.</summary>
public sealed record CommandCost(string Command, double Operations, string Breakdown = "");

/// <summary>
/// Runs the portal's and the window's commands one at a time and counts the Cosmos DB operations each costs, waiting for
/// the outbox to drain after each so its view writes, note and clearing write are counted with the command that owed them;
/// then submissions and acceptances <c>at once</c>, as a busy window sends them, where drains into the same counters share writes.
/// </summary>
public static class CommandCosts
{
    public static async Task<IReadOnlyList<CommandCost>> MeasureAsync(BenchmarkHost host, PortalFlow flow, int cases, int atOnce)
    {
        var spent = new Dictionary<string, Dictionary<string, long>>();

        async Task Count(string command, Func<Task> run)
        {
            await host.WhenOutboxDrainedAsync();
            var before = host.CosmosOperations.Snapshot();
            await run();
            await host.WhenOutboxDrainedAsync();
            var of = spent.TryGetValue(command, out var known) ? known : spent[command] = [];
            foreach (var (kind, count) in host.CosmosOperations.SpentSince(before))
            {
                of[kind] = of.GetValueOrDefault(kind) + count;
            }
        }

        for (var i = 0; i < cases; i++)
        {
            var number = "";
            await Count("CreateCase", async () => number = (await flow.CreateAsync()).Number);
            await Count("UpdateCaseForm", () => flow.FillFormAsync(number));
            foreach (var slot in PortalFlow.Slots)
            {
                await Count("UploadMaterial (each)", () => flow.UploadAsync(number, slot));
            }

            await Count("SubmitCase", () => flow.SubmitDraftAsync(number));
            await Count("AcceptCase", () => flow.AcceptAsync(number));
            await Count("CompleteReviewStep", () => flow.CompleteFirstStepAsync(number));
        }

        var drafts = new List<string>();
        for (var i = 0; i < atOnce; i++)
        {
            var (number, _) = await flow.CreateAsync();
            await flow.FillFormAsync(number);
            foreach (var slot in PortalFlow.Slots)
            {
                await flow.UploadAsync(number, slot);
            }

            drafts.Add(number);
        }

        var submitAtOnce = $"SubmitCase, {atOnce} at once";
        var acceptAtOnce = $"AcceptCase, {atOnce} at once";
        await Count(submitAtOnce, () => Task.WhenAll(drafts.Select(flow.SubmitDraftAsync)));
        await Count(acceptAtOnce, () => Task.WhenAll(drafts.Select(flow.AcceptAsync)));

        double RunsOf(string command) =>
            command == submitAtOnce || command == acceptAtOnce ? atOnce : cases * (command.EndsWith("(each)", StringComparison.Ordinal) ? PortalFlow.Slots.Length : 1);
        var costs = spent.Select(c =>
        {
            var (operations, breakdown) = CosmosOperationCounter.PerOne(c.Value, RunsOf(c.Key));
            return new CommandCost(c.Key, operations, breakdown);
        }).ToList();
        var submission = costs.Where(c => c.Command is "CreateCase" or "UpdateCaseForm" or "SubmitCase").Sum(c => c.Operations)
            + PortalFlow.Slots.Length * costs.Single(c => c.Command == "UploadMaterial (each)").Operations;
        return [.. costs, new CommandCost("full submission (create, form, 3 uploads, submit)", submission)];
    }
}
