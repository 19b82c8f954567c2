using System.Security.Claims;
using GovFunctions.Api.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.Functions.Http;

/// <summary>
/// Validates bearer tokens with the same parameters as LocalHost's JwtBearer handler; the signing keys come
/// from the identity provider's OpenID metadata (<see cref="AuthOptions.Authority"/>), cached and refreshed.
/// Incomplete settings do not stop the app: anonymous operations and timers run, a call with a token answers 503
/// naming the missing setting, and the health check reports it.
/// </summary>
public sealed class BearerTokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly IdentityProviderNotConfiguredException? _misconfigured;
    private readonly AuthOptions _options;

    public BearerTokenValidator(IOptions<AuthOptions> options)
    {
        _options = options.Value;
        try
        {
            _parameters = BearerTokenParameters.Create(options.Value);
        }
        catch (IdentityProviderNotConfiguredException e)
        {
            _misconfigured = e;
            return;
        }

        if (_parameters.IssuerSigningKey is null)
        {
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                options.Value.Authority!.TrimEnd('/') + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = options.Value.RequireHttpsMetadata });
        }
    }

    /// <summary>The token's principal, or null when the token is not valid.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_misconfigured is not null)
        {
            throw _misconfigured;
        }

        var result = await _handler.ValidateTokenAsync(token, await ParametersAsync(cancellationToken));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && _metadata is not null)
        {
            // The provider may have rotated its keys since the metadata was read: read it again (the manager allows
            // this at most every five minutes, so forged key ids cannot flood the provider) and try once more.
            _metadata.RequestRefresh();
            result = await _handler.ValidateTokenAsync(token, await ParametersAsync(cancellationToken));
        }

        return result.IsValid ? CallerClaims.Normalize(new ClaimsPrincipal(result.ClaimsIdentity), _options) : null;
    }

    private async Task<TokenValidationParameters> ParametersAsync(CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return _parameters;
        }

        var parameters = _parameters.Clone();
        parameters.IssuerSigningKeys = (await _metadata.GetConfigurationAsync(cancellationToken)).SigningKeys;
        return parameters;
    }
}
