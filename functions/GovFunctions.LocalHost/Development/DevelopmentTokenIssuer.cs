using GovFunctions.Api.Identity;
using GovFunctions.Core.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.LocalHost.Development;

/// <summary>Mints tokens signed with the development key. Registered only in the Development environment.</summary>
public sealed class DevelopmentTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    public string Issue(Caller caller, TimeSpan lifetime)
    {
        var auth = options.Value;
        var key = BearerTokenParameters.DevelopmentKey(auth)
            ?? throw new InvalidOperationException("Auth:DevelopmentSigningKey is not set.");
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Subject = new System.Security.Claims.ClaimsIdentity(CallerClaims.For(caller, auth)),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
