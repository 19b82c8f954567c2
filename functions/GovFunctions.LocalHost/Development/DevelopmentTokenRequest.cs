using GovFunctions.Core.Identity;

namespace GovFunctions.LocalHost.Development;

/// <summary>Who the development token is for.</summary>
public sealed record DevelopmentTokenRequest(
    string? Subject,
    IReadOnlyList<PlatformRole>? Roles,
    string? DepartmentCode,
    string? RegionCode,
    string? CreditCode,
    int? LifetimeMinutes);

public sealed record DevelopmentToken(string AccessToken, string TokenType, int ExpiresIn);
