using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Serialization;

namespace GovFunctions.IntegrationTests;

public sealed class CosmosCaseStoreTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{

    private static readonly Caller Applicant = new("citizen-1", new HashSet<PlatformRole> { PlatformRole.Applicant });
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static string Json(CaseState state) => JsonSerializer.Serialize(state, GovJson.Options);

    private CosmosCaseStore Store => new(cosmos.Database.GetContainer(CosmosContainers.Cases));

    private static CaseRecord NewDraft()
    {
        var started = CaseDecisions.StartDraft(Seed.Lightning, Applicant, Now);
        var state = CaseEvolution.Apply(null, started);
        var attached = CaseDecisions.AttachMaterial(state, Seed.Lightning, Applicant, "M01", "申请表.pdf", new StoredMaterial("ab12", 2048, "application/pdf"), Now);
        return new CaseRecord(CaseEvolution.Apply(state, attached), [started, attached], new CaseOutbox(true, []), new Dictionary<string, string> { ["k1"] = "h1" });
    }

    private static CaseRecord WithForm(CaseRecord record, string matter)
    {
        var updated = CaseDecisions.UpdateForm(record.State, Applicant, new ApplicationForm { Matter = matter }, Now);
        return record with { State = CaseEvolution.Apply(record.State, updated), History = [.. record.History, updated] };
    }

    [Fact]
    public async Task A_case_round_trips_with_its_history_outbox_and_keys()
    {
        var record = NewDraft();
        var created = await Store.CreateAsync(record, default);

        var found = await Store.FindAsync(record.State.Number, default);

        Assert.NotNull(found);
        Assert.Equal(created.ETag, found.ETag);
        Assert.Equal(Json(record.State), Json(found.Case.State));
        Assert.Equal([typeof(DraftStarted), typeof(MaterialAttached)], found.Case.History.Select(e => e.GetType()));
        Assert.True(found.Case.Outbox.ViewsOutdated);
        Assert.Equal("h1", found.Case.IdempotencyKeys["k1"]);
        Assert.Equal(Json(record.State), Json(CaseEvolution.Replay(found.Case.History)));
    }

    [Fact]
    public async Task A_stale_ETag_is_refused_and_changes_nothing()
    {
        var record = NewDraft();
        var created = await Store.CreateAsync(record, default);
        await Store.ReplaceAsync(WithForm(record, "first"), created.ETag, default);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => Store.ReplaceAsync(WithForm(record, "lost update"), created.ETag, default));

        Assert.Equal("first", (await Store.FindAsync(record.State.Number, default))!.Case.State.Form.Matter);
    }

    [Fact]
    public async Task Of_two_concurrent_writers_exactly_one_wins()
    {
        var record = NewDraft();
        var created = await Store.CreateAsync(record, default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.ReplaceAsync(WithForm(record, $"writer {i}"), created.ETag, default);
                return true;
            }
            catch (PreconditionFailedException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task A_case_number_is_taken_once_and_an_unknown_one_is_not_found()
    {
        var record = NewDraft();
        await Store.CreateAsync(record, default);

        await Assert.ThrowsAsync<ConflictException>(() => Store.CreateAsync(record, default));
        Assert.Null(await Store.FindAsync("20261123100000-330300-XK01001001-2222", default));
    }
}
