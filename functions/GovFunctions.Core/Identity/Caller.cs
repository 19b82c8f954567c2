using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Identity;

/// <summary>
/// Who is calling, as the hosts establish it from a validated token. Application services take this
/// value; nothing in Core reads an HTTP context.
/// </summary>
/// <param name="CreditCode">Unified social credit code (统一社会信用代码) when the applicant is a company.</param>
public sealed record Caller(
    string Subject,
    IReadOnlySet<PlatformRole> Roles,
    string? DepartmentCode = null,
    string? RegionCode = null,
    string? CreditCode = null)
{
    public bool IsIn(PlatformRole role) => Roles.Contains(role);

    /// <summary>Refuses (403) a caller holding none of <paramref name="roles"/>.</summary>
    public void Require(params PlatformRole[] roles)
    {
        if (!roles.Any(IsIn))
        {
            throw new AccessDeniedException($"This operation needs the {string.Join(" or ", roles.Select(r => $"'{r.ToString().ToLowerInvariant()}'"))} role.");
        }
    }
}
