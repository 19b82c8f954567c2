using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// LocalHost against a real OpenID Connect provider in the test process (OpenIddict's server, its discovery document and
/// signing keys over HTTP): its tokens are accepted through discovery, a forged signature is not, and after the provider
/// rotates its signing key a token signed by the new key is accepted once the metadata is read again.
/// </summary>
public sealed class OpenIdProviderTests
{
    private const string Audience = "govfunctions-api";

    [Fact]
    public async Task Tokens_of_a_real_provider_are_accepted_through_discovery_and_a_rotated_key_is_followed()
    {
        var port = FreePort();
        var issuer = $"http://127.0.0.1:{port}/";
        var first = NewKey("key-1");
        var provider = await StartProviderAsync(port, [first]);
        var settings = LocalHostFixture.IsolatedSettings("oidc", "2026-03-02T09:00:00+08:00");
        settings["Auth:Authority"] = issuer;
        settings["Auth:Issuer"] = issuer;
        settings["Auth:Audience"] = Audience;
        settings["Auth:DevelopmentSigningKey"] = "";
        var app = await LocalHostFixture.StartAsync(settings);
        try
        {
            using var client = new HttpClient { BaseAddress = LocalHostFixture.AddressOf(app) };
            Assert.Equal(HttpStatusCode.OK, await AsClerk(client, await TokenAsync(port)));

            // The provider rotates: a new key signs, the old one is still published.
            await provider.StopAsync();
            await provider.DisposeAsync();
            provider = await StartProviderAsync(port, [NewKey("key-2"), first]);
            var rotated = await TokenAsync(port);
            Assert.Equal("key-2", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(rotated).Kid);
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 20 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
            {
                statuses.Add(await AsClerk(client, rotated));
                await Task.Delay(100);
            }

            Assert.Equal(HttpStatusCode.OK, statuses[^1]);
            Assert.Equal(HttpStatusCode.Unauthorized, await AsClerk(client, rotated[..^4] + "AAAA"));
        }
        finally
        {
            await LocalHostFixture.StopAndDeleteAsync(app);
            await provider.StopAsync();
            await provider.DisposeAsync();
        }
    }

    private static async Task<HttpStatusCode> AsClerk(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/work-items");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static async Task<string> TokenAsync(int port)
    {
        using var http = new HttpClient();
        var answer = await http.PostAsync($"http://127.0.0.1:{port}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials, ["client_id"] = "window-console", ["client_secret"] = "s3cret",
        }));
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// OpenIddict's server without stores (degraded mode): one client, the client credentials flow, access tokens as
    /// signed JWTs (not encrypted) carrying a clerk of 温州市气象局 in the platform's claim names.
    /// </summary>
    private static async Task<WebApplication> StartProviderAsync(int port, IReadOnlyList<SecurityKey> signingKeys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(new Uri($"http://127.0.0.1:{port}/"));
            options.SetTokenEndpointUris("connect/token");
            options.AllowClientCredentialsFlow();
            options.EnableDegradedMode();
            options.AddSigningKeys(signingKeys);
            options.AddEphemeralEncryptionKey();
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != "window-console" || context.ClientSecret != "s3cret")
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
                identity.AddClaim(new Claim(Claims.Subject, "clerk-wenzhou-1"));
                identity.AddClaim(new Claim("roles", "clerk"));
                identity.AddClaim(new Claim("department_code", "330300-QXJ"));
                identity.AddClaim(new Claim("region_code", "330300"));
                identity.SetResources(Audience);
                identity.SetDestinations(_ => [Destinations.AccessToken]);
                context.SignIn(new ClaimsPrincipal(identity));
                return default;
            }));
        });
        var provider = builder.Build();
        await provider.StartAsync();
        return provider;
    }
}
