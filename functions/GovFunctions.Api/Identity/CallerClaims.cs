using System.Security.Claims;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

namespace GovFunctions.Api.Identity;

/// <summary>The token claims the platform reads, and the <see cref="Caller"/> they make.</summary>
public static class CallerClaims
{
    public const string Subject = "sub";
    public const string Role = "roles";
    public const string DepartmentCode = "department_code";
    public const string RegionCode = "region_code";
    public const string CreditCode = "credit_code";

    /// <summary>The caller, or null for an anonymous request.</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirst(Subject)?.Value is not { Length: > 0 } subject)
        {
            return null;
        }

        var roles = principal.FindAll(Role)
            .Select(c => Enum.TryParse<PlatformRole>(c.Value, ignoreCase: true, out var role) ? role : (PlatformRole?)null)
            .OfType<PlatformRole>()
            .ToHashSet();
        return new Caller(subject, roles, principal.FindFirst(DepartmentCode)?.Value, principal.FindFirst(RegionCode)?.Value, principal.FindFirst(CreditCode)?.Value);
    }

    public static Caller Require(ClaimsPrincipal? principal) => From(principal) ?? throw new AuthenticationRequiredException();

    /// <summary>
    /// A validated token read into the platform's claim names (<see cref="AuthOptions.RoleClaim"/> and the others name
    /// the provider's); null when it names no subject or no role, which refuses the token.
    /// </summary>
    public static ClaimsPrincipal? Normalize(ClaimsPrincipal principal, AuthOptions options)
    {
        var subject = principal.FindFirst(Subject)?.Value;
        var roles = principal.FindAll(options.RoleClaim).SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (string.IsNullOrEmpty(subject) || roles.Count == 0)
        {
            return null;
        }

        var claims = new List<Claim> { new(Subject, subject) };
        claims.AddRange(roles.Select(r => new Claim(Role, r)));
        foreach (var (from, to) in new[] { (options.DepartmentClaim, DepartmentCode), (options.RegionClaim, RegionCode), (options.CreditCodeClaim, CreditCode) })
        {
            if (principal.FindFirst(from)?.Value is { Length: > 0 } value)
            {
                claims.Add(new Claim(to, value));
            }
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, principal.Identity?.AuthenticationType ?? "Bearer", Subject, Role));
    }

    /// <summary>The claims of a development token for <paramref name="caller"/>, under the provider's names the options give.</summary>
    public static IEnumerable<Claim> For(Caller caller, AuthOptions options)
    {
        yield return new Claim(Subject, caller.Subject);
        foreach (var role in caller.Roles)
        {
            yield return new Claim(options.RoleClaim, role.ToString().ToLowerInvariant());
        }

        if (caller.DepartmentCode is not null)
        {
            yield return new Claim(options.DepartmentClaim, caller.DepartmentCode);
        }

        if (caller.RegionCode is not null)
        {
            yield return new Claim(options.RegionClaim, caller.RegionCode);
        }

        if (caller.CreditCode is not null)
        {
            yield return new Claim(options.CreditCodeClaim, caller.CreditCode);
        }
    }
}
