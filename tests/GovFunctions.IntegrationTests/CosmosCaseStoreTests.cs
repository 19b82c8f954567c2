using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.PersonalData;
using GovFunctions.Core.Serialization;
using GovFunctions.Azure.KeyVault;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.IntegrationTests;

public sealed class CosmosCaseStoreTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private static readonly Caller Applicant = new("citizen-1", new HashSet<PlatformRole> { PlatformRole.Applicant });
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static string Json(CaseState state) => JsonSerializer.Serialize(state, GovJson.Options);

    private static readonly ApplicationForm PersonsForm = new()
    {
        ApplicantType = "自然人", ApplicantName = "李四", IdentityNumber = "330302199001011234", ContactName = "李四",
        ContactPhone = "13912345678", Address = "温州市鹿城区五马街1号", Matter = "申请事项",
    };

    private readonly PersonalDataKeys _keys = TestKeys.PersonalData();

    private Container Container => cosmos.Database.GetContainer(CosmosContainers.Cases);

    private CosmosCaseStore Store => new(Container, _keys);

    /// <summary>Every string in the stored document, as the database holds it.</summary>
    private async Task<List<string>> StoredStrings(string number)
    {
        var strings = new List<string>();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: strings.Add(element.GetString()!); break;
                case JsonValueKind.Object: foreach (var property in element.EnumerateObject()) { Walk(property.Value); } break;
                case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) { Walk(item); } break;
            }
        }

        Walk((await Container.ReadItemAsync<JsonElement>(number, new PartitionKey(number))).Resource);
        return strings;
    }

    private static CaseRecord NewDraft()
    {
        var started = CaseDecisions.StartDraft(Seed.Lightning, Applicant, Now);
        var state = CaseEvolution.Apply(null, started);
        var attached = CaseDecisions.AttachMaterial(state, Seed.Lightning, Applicant, "M01", "申请表.pdf", new StoredMaterial("ab12", 2048, "application/pdf"), Now);
        return new CaseRecord(CaseEvolution.Apply(state, attached), [started, attached], new CaseOutbox(true, []), new Dictionary<string, string> { ["k1"] = "h1" });
    }

    private static CaseRecord WithForm(CaseRecord record, string matter) => WithForm(record, new ApplicationForm { Matter = matter });

    private static CaseRecord WithForm(CaseRecord record, ApplicationForm form)
    {
        var updated = CaseDecisions.UpdateForm(record.State, Applicant, form, Now);
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

    [Fact]
    public async Task Identity_numbers_phones_and_addresses_are_encrypted_in_the_stored_document_and_read_back_in_clear()
    {
        var record = WithForm(NewDraft(), PersonsForm);
        await Store.CreateAsync(record, default);

        var stored = await StoredStrings(record.State.Number);
        var found = (await Store.FindAsync(record.State.Number, default))!.Case;

        foreach (var secret in new[] { "330302199001011234", "13912345678", "五马街" })
        {
            Assert.DoesNotContain(stored, value => value.Contains(secret, StringComparison.Ordinal));
        }

        // The state's form and the form update in the history: six values, each under the one key there is.
        Assert.Equal(6, stored.Count(PersonalDataCipher.IsProtected));
        Assert.Equal(PersonsForm, found.State.Form);
        Assert.Equal(PersonsForm, found.History.OfType<FormUpdated>().Single().Form);
    }

    [Fact]
    public async Task After_a_key_rotation_a_case_still_reads_and_is_encrypted_with_the_new_key_when_next_written()
    {
        var time = new FakeTimeProvider(Now);
        var secrets = new DevelopmentKeyFiles(TestKeys.Directory());
        var store = new CosmosCaseStore(Container, new PersonalDataKeys(secrets, time));
        var record = WithForm(NewDraft(), PersonsForm);
        await store.CreateAsync(record, default);
        var before = (await StoredStrings(record.State.Number)).Where(PersonalDataCipher.IsProtected).Select(PersonalDataCipher.KeyIdOf).Distinct().Single();

        await secrets.AddVersionAsync(PersonalDataKeys.SecretName, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), default);
        time.Advance(PersonalDataKeys.CacheFor);
        var found = (await store.FindAsync(record.State.Number, default))!;
        Assert.Equal(PersonsForm, found.Case.State.Form);
        await store.ReplaceAsync(WithForm(found.Case, PersonsForm with { Matter = "改" }), found.ETag, default);

        var after = (await StoredStrings(record.State.Number)).Where(PersonalDataCipher.IsProtected).Select(PersonalDataCipher.KeyIdOf).Distinct().Single();
        Assert.NotEqual(before, after);
        // Another instance, which has not read the keys since, meets the new key id and reads the keys again.
        var other = new CosmosCaseStore(Container, new PersonalDataKeys(secrets, time));
        Assert.Equal(PersonsForm with { Matter = "改" }, (await other.FindAsync(record.State.Number, default))!.Case.State.Form);
    }

    [Fact]
    public async Task A_ciphertext_moved_into_another_case_does_not_read()
    {
        var one = WithForm(NewDraft(), PersonsForm);
        var other = WithForm(NewDraft(), PersonsForm with { IdentityNumber = "330302199202022345" });
        await Store.CreateAsync(one, default);
        await Store.CreateAsync(other, default);

        var source = (await Container.ReadItemAsync<System.Text.Json.Nodes.JsonObject>(one.State.Number, new PartitionKey(one.State.Number))).Resource;
        var target = (await Container.ReadItemAsync<System.Text.Json.Nodes.JsonObject>(other.State.Number, new PartitionKey(other.State.Number))).Resource;
        target["state"]!["form"]!["identityNumber"] = source["state"]!["form"]!["identityNumber"]!.GetValue<string>();
        await Container.ReplaceItemAsync(target, other.State.Number, new PartitionKey(other.State.Number));

        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => Store.FindAsync(other.State.Number, default));
    }
}
