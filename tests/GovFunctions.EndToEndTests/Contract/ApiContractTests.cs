using System.Net;
using System.Text;

namespace GovFunctions.EndToEndTests.Contract;

/// <summary>The contract check every end-to-end answer goes through finds what departs from the document.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ApiContractTests(LocalHostFixture host)
{
    private async Task<IReadOnlyList<string>> Check(HttpMethod method, string path, HttpStatusCode status, string mediaType, string body, string? header = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(host.BaseAddress, path));
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation(header, "\"1\"");
        }

        return (await ApiContract.OfHost(host.BaseAddress)).Check(request, response, Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public async Task A_body_missing_what_its_schema_requires_is_found() =>
        Assert.Contains(await Check(HttpMethod.Get, "/api/catalog/items", HttpStatusCode.OK, "application/json", "{\"items\":[{}]}"),
            v => v.StartsWith("ListServiceItems 200: /items/0", StringComparison.Ordinal));

    [Fact]
    public async Task A_status_the_operation_does_not_declare_is_found() =>
        Assert.Contains(await Check(HttpMethod.Get, "/api/catalog/items", (HttpStatusCode)418, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"x\",\"status\":418}"),
            v => v.Contains("status 418 is not declared", StringComparison.Ordinal));

    [Fact]
    public async Task A_header_sent_but_not_declared_is_found() =>
        Assert.Contains(await Check(HttpMethod.Get, "/api/calendar/years", HttpStatusCode.OK, "application/json", "{}", header: "ETag"),
            v => v.Contains("header ETag is sent but not declared", StringComparison.Ordinal));

    [Fact]
    public async Task An_error_outside_every_operation_must_still_be_a_problem() =>
        Assert.Contains(await Check(HttpMethod.Get, "/api/nowhere", HttpStatusCode.NotFound, "text/html", "<html></html>"),
            v => v.Contains("not problem+json", StringComparison.Ordinal));

    [Fact]
    public async Task A_real_answer_conforms() =>
        Assert.Empty(await Check(HttpMethod.Get, "/api/health", HttpStatusCode.OK, "application/json", "{\"status\":\"healthy\",\"checks\":{\"cosmos\":\"ok\"}}"));
}
