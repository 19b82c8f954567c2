using System.Security.Cryptography;
using GovFunctions.Api.Identity;
using GovFunctions.Functions.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The worker's token validator against an identity provider's metadata over real HTTP: when the provider rotates to a
/// key the cached metadata does not know, the validator reads the metadata again instead of refusing every token
/// until its next scheduled refresh.
/// </summary>
public sealed class ProviderKeyRotationTests
{
    [Fact]
    public async Task A_token_signed_by_a_newly_published_key_is_accepted_and_one_by_an_unpublished_key_is_not()
    {
        var published = new List<RsaSecurityKey> { Key("key-1") };
        var provider = WebApplication.CreateSlimBuilder();
        provider.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = provider.Build();
        string? issuer = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!, ["jwks_uri"] = issuer + ".well-known/jwks", ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/.well-known/jwks", () => Results.Json(new { keys = published.Select(k => JsonWebKeyConverter.ConvertFromRSASecurityKey(PublicOf(k))).ToList() }));
        await app.StartAsync();
        issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";

        var validator = new BearerTokenValidator(Options.Create(new AuthOptions
        {
            Issuer = issuer, Audience = "govfunctions-api", Authority = issuer, RequireHttpsMetadata = false,
        }));
        string Token(RsaSecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer, Audience = "govfunctions-api", Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "clerk-1", ["roles"] = "clerk" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        Assert.NotNull(await validator.ValidateAsync(Token(published[0]), CancellationToken.None));

        var rotated = Key("key-2");
        published.Insert(0, rotated);
        ClaimsPrincipal? accepted = null;
        for (var attempt = 0; attempt < 20 && accepted is null; attempt++)
        {
            accepted = await validator.ValidateAsync(Token(rotated), CancellationToken.None);
            await Task.Delay(50);
        }

        Assert.Equal("clerk-1", CallerClaims.Require(accepted).Subject);
        Assert.Null(await validator.ValidateAsync(Token(Key("key-3")), CancellationToken.None));
        Assert.NotNull(await validator.ValidateAsync(Token(published[1]), CancellationToken.None));
        await app.StopAsync();
    }

    private static RsaSecurityKey Key(string id) => new(RSA.Create(2048)) { KeyId = id };

    private static RsaSecurityKey PublicOf(RsaSecurityKey key) => new(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId };
}
