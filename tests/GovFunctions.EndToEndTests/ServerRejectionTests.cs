using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

/// <summary>Errors the server raises before any handler runs (Kestrel's parser, routing) are problem+json too.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ServerRejectionTests(LocalHostFixture host)
{
    [Fact]
    public async Task A_null_character_in_the_path_is_a_problem()
    {
        var problem = await (await host.Client.GetAsync("/api/cases/%00")).AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("%00", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_url_longer_than_the_server_reads_is_a_problem() =>
        await (await host.Client.GetAsync("/api/cases/" + new string('a', 9_000))).AssertProblem(HttpStatusCode.RequestUriTooLong);

    [Fact]
    public async Task Headers_larger_than_the_server_reads_are_a_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Padding", new string('a', 40_000));
        await (await host.Client.SendAsync(request)).AssertProblem(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem() =>
        await (await host.Client.GetAsync("/api/no-such-thing")).AssertProblem(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_method_the_route_does_not_take_is_a_problem_naming_the_methods_it_does()
    {
        var response = await host.Client.DeleteAsync("/api/catalog/items");
        await response.AssertProblem(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    /// <summary>A request HttpClient would not send: a Host header with a space, written on a raw socket.</summary>
    [Fact]
    public async Task A_malformed_header_written_by_hand_is_a_problem_and_the_connection_is_closed()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("GET /api/health HTTP/1.1\r\nHost: bad host\r\n\r\n"u8.ToArray());
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync();

        var (head, body) = (answer[..answer.IndexOf("\r\n\r\n", StringComparison.Ordinal)], answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        Assert.StartsWith("HTTP/1.1 400 ", head);
        Assert.Contains("Content-Type: application/problem+json", head);
        Assert.Contains($"Content-Length: {Encoding.UTF8.GetByteCount(body)}", head);
        Assert.Equal(400, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }
}
