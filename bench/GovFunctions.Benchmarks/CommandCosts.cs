namespace GovFunctions.Benchmarks;

/// <summary>One command and the Cosmos DB operations it cost, its outbox work included (mean over the cases run), and where they went.</summary>
public sealed record CommandCost(string Command, double Operations, string Breakdown = "");

/// <summary>
/// Runs the portal's and the window's commands one at a time and counts the Cosmos DB operations each costs, waiting for
/// the outbox to drain after each so its view writes, note and clearing write are counted with the command that owed them.
/// </summary>
public static class CommandCosts
{
    public static async Task<IReadOnlyList<CommandCost>> MeasureAsync(BenchmarkHost host, PortalFlow flow, int cases)
    {
        var totals = new Dictionary<string, long>();
        var kinds = new Dictionary<string, Dictionary<string, long>>();

        async Task Count(string command, Func<Task> run)
        {
            await host.WhenOutboxDrainedAsync();
            var before = host.CosmosOperations.Operations;
            var kindsBefore = host.CosmosOperations.ByKind;
            await run();
            await host.WhenOutboxDrainedAsync();
            totals[command] = totals.GetValueOrDefault(command) + host.CosmosOperations.Operations - before;
            var of = kinds.TryGetValue(command, out var known) ? known : kinds[command] = [];
            foreach (var (kind, count) in host.CosmosOperations.ByKind)
            {
                of[kind] = of.GetValueOrDefault(kind) + count - kindsBefore.GetValueOrDefault(kind);
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

        double PerCommand(string command, long total) => total / (double)cases / (command.EndsWith("(each)", StringComparison.Ordinal) ? PortalFlow.Slots.Length : 1);
        var costs = totals.Select(t => new CommandCost(t.Key, PerCommand(t.Key, t.Value), string.Join(", ",
            kinds[t.Key].Where(k => k.Value > 0).OrderByDescending(k => k.Value).Select(k => $"{k.Key} {PerCommand(t.Key, k.Value):0.#}")))).ToList();
        var submission = costs.Where(c => c.Command is "CreateCase" or "UpdateCaseForm" or "SubmitCase").Sum(c => c.Operations)
            + PortalFlow.Slots.Length * costs.Single(c => c.Command == "UploadMaterial (each)").Operations;
        return [.. costs, new CommandCost("full submission (create, form, 3 uploads, submit)", submission)];
    }
}
