using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// A signed-in receiving party (role verifier) checking a certificate, with its organisation (the token's credit code)
/// and the reason of use (申请事由) it states: it sees the holder in full, and its access goes on the certificate's log.
/// </summary>
public sealed record RelyingParty(string Subject, string OrganisationCode, string ReasonOfUse)
{
    public const int MaxReasonLength = 200;

    /// <summary>The relying party a verification is made for; null for anyone else (anonymous, or not a verifier).</summary>
    public static RelyingParty? From(Caller? caller, string? reasonOfUse)
    {
        if (caller is null || !caller.IsIn(PlatformRole.Verifier))
        {
            return reasonOfUse is null ? null : throw ValidationFailedException.For("reasonOfUse", "is stated by signed-in verifiers only.");
        }

        if (!ChineseIdentifiers.IsValidCreditCode(caller.CreditCode))
        {
            throw new AccessDeniedException("A verifier's token names its organisation by a valid unified social credit code.");
        }

        var errors = new ValidationErrors();
        errors.RequireText("reasonOfUse", reasonOfUse, MaxReasonLength);
        errors.ThrowIfAny();
        return new RelyingParty(caller.Subject, caller.CreditCode!, reasonOfUse!.Trim());
    }
}

/// <summary>One relying party's check of a certificate, on the log its holder reads.</summary>
public sealed record CertificateAccess(DateTimeOffset At, string Verifier, string OrganisationCode, string ReasonOfUse);
