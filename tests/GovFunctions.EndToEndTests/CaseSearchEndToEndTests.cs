using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Core.Cases;
using GovFunctions.Core.PersonalData;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>按证件号查询: staff find an applicant's cases by identity number, through its keyed hash, and only the cases they handle or supervise.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CaseSearchEndToEndTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";   // accepted and reviewed by 330300-QXJ

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    /// <summary>A made-up unified social credit code of its own for each test run, with letters, and its check character.</summary>
    private static string NewIdentityNumber()
    {
        var body = "91330302MA" + Random.Shared.Next(1_000_000, 9_999_999);
        return "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(check => body + check).First(ChineseIdentifiers.IsValidCreditCode);
    }

    private static async Task<List<string>> Found(HttpClient staff, string identityNumber, string query = "")
    {
        var answer = await Ok(await staff.PostAsJsonAsync("/api/case-searches" + query, new { identityNumber }));
        return [.. answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()!)];
    }

    private static async Task<List<string>> EventuallyFound(HttpClient staff, string identityNumber, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = await Found(staff, identityNumber);
            if (found.Count == count || attempt == 100)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_clerk_finds_the_submitted_cases_of_an_identity_number_written_either_way_and_nobody_else_does()
    {
        var identityNumber = NewIdentityNumber();
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var first = await _api.SubmitCase(applicant, Lightning, identityNumber);
        var second = await _api.SubmitCase(applicant, Lightning, identityNumber);
        var draft = await _api.FilledDraft(applicant, Lightning, identityNumber);
        var clerk = await _api.Staff("clerk", "330300-QXJ");

        var found = await EventuallyFound(clerk, identityNumber.ToLowerInvariant(), 2);
        Assert.Equal([second, first], found);
        Assert.DoesNotContain(draft, found);
        var page = await Ok(await clerk.PostAsJsonAsync("/api/case-searches?pageSize=1", new { identityNumber }));
        Assert.Equal(second, page.GetProperty("items")[0].GetProperty("caseNumber").GetString());
        var next = page.GetProperty("continuationToken").GetString();
        Assert.Equal([first], await Found(clerk, identityNumber, $"?pageSize=1&continuationToken={next}"));

        // The supervisor of the region finds them; a department and a region the cases never pass through find nothing.
        Assert.Equal(2, (await Found(await _api.Supervisor("330300"), identityNumber)).Count);
        Assert.Empty(await Found(await _api.Staff("clerk", "330381-QXJ"), identityNumber));
        Assert.Empty(await Found(await _api.Supervisor("350700"), identityNumber));
        Assert.Empty(await Found(clerk, NewIdentityNumber()));

        // Applicants do not search; a search needs a number; the number is a string of at most its declared length.
        await AssertRefused(await applicant.PostAsJsonAsync("/api/case-searches", new { identityNumber }), HttpStatusCode.Forbidden);
        Assert.Equal(["identityNumber"], await (await clerk.PostAsJsonAsync("/api/case-searches", new { identityNumber = " " })).AssertValidationProblem());
        Assert.Equal(["identityNumber"], await (await clerk.PostAsJsonAsync("/api/case-searches", new { identityNumber = new string('1', 19) })).AssertValidationProblem());
        await AssertRefused(await clerk.PostAsJsonAsync("/api/case-searches", new { identityNumber = 330302 }), HttpStatusCode.BadRequest);

        // The case is listed under the number's keyed hash, never the number; the digest is not answered to the applicant.
        var digest = await host.Services.GetRequiredService<PersonalDataKeys>().IdentityDigestAsync(identityNumber, CancellationToken.None);
        Assert.DoesNotContain(identityNumber, digest, StringComparison.OrdinalIgnoreCase);
        var views = host.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.CaseViews);
        var list = "identity-" + digest;
        var listed = views.GetItemQueryIterator<JsonElement>(new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk").WithParameter("@pk", list), requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(list) });
        var documents = new List<JsonElement>();
        while (listed.HasMoreResults)
        {
            documents.AddRange(await listed.ReadNextAsync());
        }

        Assert.Equal(2, documents.Count);
        Assert.DoesNotContain(identityNumber, string.Join('\n', documents.Select(d => d.GetRawText())), StringComparison.Ordinal);
        var own = await Get(applicant, first);
        Assert.False(own.GetProperty("case").TryGetProperty("identityDigest", out _));
        Assert.Equal(identityNumber, own.GetProperty("case").GetProperty("form").GetProperty("identityNumber").GetString());
    }
}
