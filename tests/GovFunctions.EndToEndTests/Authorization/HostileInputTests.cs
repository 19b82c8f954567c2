using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovFunctions.EndToEndTests.Contract;

namespace GovFunctions.EndToEndTests.Authorization;

/// <summary>
/// Every operation of the contract, sent hostile input by a caller it lets in (the first the authorisation matrix does
/// not refuse): bodies of the wrong shape, wrong types, a megabyte string, ten thousand levels of nesting, invalid UTF-8,
/// and path identifiers that traverse, overflow or are not what they name. Never a 5xx, every refusal problem+json,
/// and the prepared case and certificate are what they were before.
/// </summary>
[Collection(PreparedHostCollection.Name)]
public sealed class HostileInputTests(PreparedHostFixture host)
{
    private static readonly string Huge = new('长', 1024 * 1024);

    private static IEnumerable<(string Label, HttpContent Content)> Bodies()
    {
        HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");
        yield return ("array", Json("[]"));
        yield return ("string", Json("\"text\""));
        yield return ("number", Json("123"));
        yield return ("null", Json("null"));
        yield return ("truncated", Json("{\"reason\":"));
        yield return ("wrong types", Json("""{"itemCode":1,"outcome":[],"reason":{},"identifier":true,"document":"x","pdf":5,"items":"x","workingDays":"ten","legalBasis":{}}"""));
        yield return ("a megabyte string", Json(JsonSerializer.Serialize(new { reason = Huge, opinion = Huge, note = Huge })));
        yield return ("deep nesting", Json(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("invalid UTF-8", new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return ("not JSON", new StringContent("<xml/>", Encoding.UTF8, "application/xml"));
    }

    private static readonly string[] HostileIds = ["..%2F..%2Fetc%2Fpasswd", "%2e%2e", new string('9', 3000), "%E2%80%AE", "1%27%20OR%201%3D1", "%00"];

    [Fact]
    public async Task No_hostile_input_gets_a_5xx_or_an_answer_that_is_not_a_problem_and_nothing_changes()
    {
        var before = await SnapshotAsync();
        var matrix = (await File.ReadAllLinesAsync(RepositoryFiles.PathOf(AuthorizationMatrixTests.MatrixPath))).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(cells => cells[0], cells => cells[1..]);
        var sent = 0;
        foreach (var operation in PreparedHostFixture.Operations())
        {
            var client = host.Clients[LetIn(matrix[operation.Name])];
            var requests = new List<(string Label, HttpRequestMessage Request)>();
            if (operation.HasBody)
            {
                requests.AddRange(Bodies().Select(b => (b.Label, new HttpRequestMessage(new HttpMethod(operation.Method), host.Fill(operation.Path)) { Content = b.Content })));
            }

            foreach (var parameter in PathParameters(operation.Path))
            {
                requests.AddRange(HostileIds.Select(id => ($"{parameter} = {id}", PreparedHostFixture.Request(
                    operation.Method, host.Fill(operation.Path.Replace("{" + parameter + "}", id, StringComparison.Ordinal)), operation.HasBody, operation.Name))));
            }

            foreach (var (label, request) in requests)
            {
                using (request)
                {
                    var answer = await client.SendAsync(request);
                    var body = await answer.Content.ReadAsStringAsync();
                    var status = (int)answer.StatusCode;
                    Assert.True(status < 500, $"{operation.Name} with {label}: {status} {body[..Math.Min(body.Length, 300)]}");
                    Assert.True(status < 400 || answer.Content.Headers.ContentType?.MediaType == "application/problem+json",
                        $"{operation.Name} with {label}: {status} is not problem+json ({answer.Content.Headers.ContentType})");
                    sent++;
                }
            }
        }

        Assert.True(sent >= 400, $"only {sent} hostile requests were sent");
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>The first kind of caller the operation lets in (its matrix cell is not 401, 403 or 404), else anonymous.</summary>
    private static string LetIn(string[] row)
    {
        var index = Array.FindIndex(row, status => status is not ("401" or "403" or "404"));
        return index < 0 ? "anonymous" : PreparedHostFixture.Callers[index];
    }

    private static IEnumerable<string> PathParameters(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));

    /// <summary>The prepared case and certificate as their owner sees them, and the catalog item: what must not move.</summary>
    private async Task<string> SnapshotAsync()
    {
        var owner = host.Owner;
        var @case = await owner.GetStringAsync($"/api/cases/{host.Resources["caseNumber"]}");
        var certificates = await owner.GetStringAsync("/api/certificates");
        var item = await host.Clients["anonymous"].GetStringAsync($"/api/catalog/items/{PreparedHostFixture.Permit}");
        return string.Join("\n", @case, certificates, item);
    }
}
