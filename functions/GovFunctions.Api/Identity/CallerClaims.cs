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

    public static IEnumerable<Claim> For(Caller caller)
    {
        yield return new Claim(Subject, caller.Subject);
        foreach (var role in caller.Roles)
        {
            yield return new Claim(Role, role.ToString().ToLowerInvariant());
        }

        if (caller.DepartmentCode is not null)
        {
            yield return new Claim(DepartmentCode, caller.DepartmentCode);
        }

        if (caller.RegionCode is not null)
        {
            yield return new Claim(RegionCode, caller.RegionCode);
        }

        if (caller.CreditCode is not null)
        {
            yield return new Claim(CreditCode, caller.CreditCode);
        }
    }
}
