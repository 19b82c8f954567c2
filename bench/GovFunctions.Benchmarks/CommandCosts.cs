namespace GovFunctions.Benchmarks;

/// <summary>One command and the Cosmos DB operations it cost, its outbox work included (mean over the cases run).</summary>
public sealed record CommandCost(string Command, double Operations);

/// <summary>
/// Runs the portal's and the window's commands one at a time and counts the Cosmos DB operations each costs, waiting for
/// the outbox to drain after each so its view writes, note and clearing write are counted with the command that owed them.
/// </summary>
public static class CommandCosts
{
    public static async Task<IReadOnlyList<CommandCost>> MeasureAsync(BenchmarkHost host, PortalFlow flow, int cases)
    {
        var totals = new Dictionary<string, long>();

        async Task Count(string command, Func<Task> run)
        {
            await host.WhenOutboxDrainedAsync();
            var before = host.CosmosOperations.Operations;
            await run();
            await host.WhenOutboxDrainedAsync();
            totals[command] = totals.GetValueOrDefault(command) + host.CosmosOperations.Operations - before;
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

        var costs = totals.Select(t => new CommandCost(t.Key, t.Value / (double)cases / (t.Key.EndsWith("(each)", StringComparison.Ordinal) ? PortalFlow.Slots.Length : 1))).ToList();
        var submission = costs.Where(c => c.Command is "CreateCase" or "UpdateCaseForm" or "SubmitCase").Sum(c => c.Operations)
            + PortalFlow.Slots.Length * costs.Single(c => c.Command == "UploadMaterial (each)").Operations;
        return [.. costs, new CommandCost("full submission (create, form, 3 uploads, submit)", submission)];
    }
}
