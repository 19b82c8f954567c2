using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Certificates;

/// <summary>Decide, for a case's certificates: the holder's download (the delivery, the first time) and the issuer's revocation.</summary>
public static class CertificateDecisions
{
    private static readonly IReadOnlySet<string> Reasons = Enum.GetNames<RevocationReason>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToHashSet();

    /// <summary>The certificate with this identifier, for its holder or the staff of its issuing department; anyone else is told there is none.</summary>
    public static IssuedCertificate RequireReadable(CaseState state, ServiceItem item, Caller caller, string identifier)
    {
        var certificate = state.Certificates.FirstOrDefault(c => c.Identifier == identifier);
        if (certificate is null || !(IsHolder(state, caller) || IsIssuerStaff(item, caller)))
        {
            throw NoSuchCertificate(identifier);
        }

        return certificate;
    }

    /// <summary>
    /// What the holder's download records: the first download of the decision's certificate while the result awaits
    /// delivery is its delivery by 电子证照; any other first download is recorded as such; later ones record nothing.
    /// </summary>
    public static CaseEvent? Download(CaseState state, ServiceItem item, Caller caller, string identifier, DateTimeOffset now)
    {
        var certificate = RequireReadable(state, item, caller, identifier);
        if (!IsHolder(state, caller) || certificate.FirstDownloadedAt is not null)
        {
            return null;
        }

        return state.Stage == CaseStage.Decided && certificate == state.Certificates[^1]
            ? new CaseDelivered(now, caller.Subject, CatalogVocabulary.ElectronicCertificate, null)
            : new CertificateDownloaded(now, caller.Subject, identifier);
    }

    /// <summary>撤销/注销, by an approver of the issuing department, of a certificate that still stands.</summary>
    public static CertificateRevoked Revoke(CaseState state, ServiceItem item, Caller caller, string identifier, RevocationCommand command, DateTimeOffset now)
    {
        var certificate = RequireIssuerApprover(state, item, caller, identifier);
        var errors = new ValidationErrors();
        errors.RequireOneOf("reason", command.Reason, Reasons);
        errors.RequireText("note", command.Note, InputLimits.Reason);
        errors.ThrowIfAny();
        RequireCurrent(certificate, identifier, "revoke");
        return new CertificateRevoked(now, caller.Subject, identifier, Enum.Parse<RevocationReason>(command.Reason!, ignoreCase: true), command.Note!.Trim());
    }

    /// <summary>更正 by an approver of the issuing department: the current version, a reason and at least one changed field.</summary>
    public static IssuedCertificate RequireReissuable(CaseState state, ServiceItem item, Caller caller, string identifier, CertificateCorrection correction)
    {
        var certificate = RequireIssuerApprover(state, item, caller, identifier);
        var errors = new ValidationErrors();
        errors.RequireText("reason", correction.Reason, InputLimits.Reason);
        var before = certificate.Document.Certificate;
        if ((correction.Holder, correction.ResultDocument, correction.Matter) is (null, null, null))
        {
            errors.Add("$", "correct at least one of holder, resultDocument, matter.");
        }

        CheckCorrection(errors, "holder", correction.Holder, before.Holder, InputLimits.Reason);
        CheckCorrection(errors, "resultDocument", correction.ResultDocument, before.Contents.ResultDocument, InputLimits.ShortText);
        CheckCorrection(errors, "matter", correction.Matter, before.Contents.Matter, InputLimits.Reason);
        errors.ThrowIfAny();
        RequireCurrent(certificate, identifier, "reissue");
        if (before.Version >= 999)
        {
            throw new ConflictException($"Certificate {identifier} is at its last version.");
        }

        return certificate;
    }

    public static CertificateReissued Reissue(IssuedCertificate current, IssuedCertificate next, Caller caller, string reason, DateTimeOffset now) =>
        new(now, caller.Subject, current.Identifier, reason.Trim(), next);

    public static NotFoundException NoSuchCertificate(string identifier) => new($"There is no certificate {identifier}.");

    private static IssuedCertificate RequireIssuerApprover(CaseState state, ServiceItem item, Caller caller, string identifier)
    {
        var certificate = state.Certificates.FirstOrDefault(c => c.Identifier == identifier);
        if (certificate is null || !IsIssuerStaff(item, caller))
        {
            throw NoSuchCertificate(identifier);
        }

        caller.Require(PlatformRole.Approver);
        return certificate;
    }

    private static void RequireCurrent(IssuedCertificate certificate, string identifier, string act)
    {
        if (!certificate.Current)
        {
            throw new ConflictException(certificate.Revocation is { } revoked
                ? $"Certificate {identifier} was revoked on {revoked.At:u}."
                : $"Certificate {identifier} was superseded by {certificate.SupersededBy}; {act} that one.");
        }
    }

    private static void CheckCorrection(ValidationErrors errors, string field, string? corrected, string? before, int maxLength)
    {
        if (corrected is null)
        {
            return;
        }

        if (errors.RequireText(field, corrected, maxLength) && corrected.Trim() == before)
        {
            errors.Add(field, "is what the certificate already says.");
        }
    }

    private static bool IsHolder(CaseState state, Caller caller) => caller.IsIn(PlatformRole.Applicant) && caller.Subject == state.ApplicantSubject;

    private static bool IsIssuerStaff(ServiceItem item, Caller caller) => caller.DepartmentCode == item.DepartmentCode && StaffRules.IsStaff(caller);
}
