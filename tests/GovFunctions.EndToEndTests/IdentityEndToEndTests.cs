using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.EndToEndTests;

[Collection(LocalHostCollection.Name)]
public sealed class IdentityEndToEndTests(LocalHostFixture host)
{
    private static readonly string ValidItemJson = System.Text.Json.Nodes.JsonNode.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json")))!.AsArray()[0]!.ToJsonString();

    private async Task<HttpResponseMessage> CreateItemWith(string? bearer)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/items")
        {
            Content = new StringContent(ValidItemJson, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await host.Client.SendAsync(request);
    }

    private static string Forge(string signingKey, DateTime expires, string issuer = "https://localhost/govfunctions-dev") =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer, "govfunctions-api", [new Claim("sub", "mallory"), new Claim("roles", "admin")],
            notBefore: expires.AddHours(-2), expires: expires,
            signingCredentials: new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256)));

    [Fact]
    public async Task A_write_without_a_token_is_401_with_a_Bearer_challenge()
    {
        var response = await CreateItemWith(bearer: null);

        await response.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZXMiOiJhZG1pbiJ9.")] // alg=none
    public async Task A_garbage_or_unsigned_token_is_401(string token) =>
        await (await CreateItemWith(token)).AssertProblem(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_signed_with_another_key_is_401() =>
        await (await CreateItemWith(Forge("someone-elses-key-that-is-long-enough-000", DateTime.UtcNow.AddHours(1)))).AssertProblem(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_expired_or_foreign_issuer_token_is_401()
    {
        const string devKey = "GovFunctions-local-development-key-000000000000";
        await (await CreateItemWith(Forge(devKey, DateTime.UtcNow.AddHours(-1)))).AssertProblem(HttpStatusCode.Unauthorized);
        await (await CreateItemWith(Forge(devKey, DateTime.UtcNow.AddHours(1), issuer: "https://evil.example"))).AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("applicant")]
    [InlineData("clerk")]
    [InlineData("supervisor")]
    public async Task A_caller_without_the_admin_role_is_403(string role)
    {
        var client = await host.ClientFor($"{role}-e2e", [role], "330300-QXJ", "330300");

        var response = await client.PostAsync("/api/catalog/items", new StringContent(ValidItemJson, Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.Forbidden);
    }
}
