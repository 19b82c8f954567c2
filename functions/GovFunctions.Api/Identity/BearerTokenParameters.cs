using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.Api.Identity;

/// <summary>The one definition of what makes a bearer token valid, used by both hosts.</summary>
public static class BearerTokenParameters
{
    public static TokenValidationParameters Create(AuthOptions options)
    {
        if (string.IsNullOrEmpty(options.Issuer) || string.IsNullOrEmpty(options.Audience))
        {
            throw new IdentityProviderNotConfiguredException("Settings Auth:Issuer and Auth:Audience are required.");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            NameClaimType = CallerClaims.Subject,
            RoleClaimType = CallerClaims.Role,
        };

        if (DevelopmentKey(options) is { } key)
        {
            parameters.IssuerSigningKey = key;
        }
        else if (string.IsNullOrEmpty(options.Authority))
        {
            throw new IdentityProviderNotConfiguredException("Set Auth:Authority (the identity provider) or, in development, Auth:DevelopmentSigningKey.");
        }

        return parameters;
    }

    public static SymmetricSecurityKey? DevelopmentKey(AuthOptions options) =>
        string.IsNullOrEmpty(options.DevelopmentSigningKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(options.DevelopmentSigningKey));
}
