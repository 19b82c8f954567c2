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
}
