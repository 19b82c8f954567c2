using GovFunctions.Azure.Configuration;

namespace GovFunctions.Api.Identity;

/// <summary>
/// Settings section <c>Auth</c>: how bearer tokens are validated. In Azure, <see cref="Authority"/> names the
/// platform's identity provider (its OpenID metadata gives the signing keys); locally, a development key
/// signs and checks the tokens LocalHost mints.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>OpenID Connect authority whose metadata publishes the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Base64 symmetric key, for development only; never set in Azure.</summary>
    [LocalOnlySetting]
    public string? DevelopmentSigningKey { get; set; }
}
