namespace GovFunctions.Core.Identity;

/// <summary>The roles a bearer token can carry. Staff roles are scoped to a department and region.</summary>
public enum PlatformRole
{
    Applicant,
    Clerk,
    Reviewer,
    Approver,
    Supervisor,
    Admin,

    /// <summary>A receiving party (证明使用单位) that relies on certificates: scoped to its organisation by the token's credit code.</summary>
    Verifier,
}
