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

    /// <summary>
    /// The names the identity provider gives the claims the platform reads (a region's 统一身份认证 rarely says
    /// <c>roles</c>); tokens are read through them into the platform's own names.
    /// </summary>
    public string RoleClaim { get; set; } = CallerClaims.Role;

    public string DepartmentClaim { get; set; } = CallerClaims.DepartmentCode;

    public string RegionClaim { get; set; } = CallerClaims.RegionCode;

    public string CreditCodeClaim { get; set; } = CallerClaims.CreditCode;

    /// <summary>Whether the provider's metadata must come over HTTPS: always in Azure; a test provider may be plain HTTP.</summary>
    [LocalOnlySetting]
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Base64 symmetric key, for development only; never set in Azure.</summary>
    [LocalOnlySetting]
    public string? DevelopmentSigningKey { get; set; }
}
