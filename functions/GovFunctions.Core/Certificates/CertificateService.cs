using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// Electronic certificates after issue, for their holders and issuers: the holder's wallet and download, the issuer's
/// list, correction and revocation, the published keys and their rotation. A certificate lives on the case that issued
/// it — the identifier's serial is the case number — so every answer is one point read of that case.
/// </summary>
public sealed class CertificateService(CaseChanges changes, ICaseViewStore views, IssuerKeyRing keys, CertificateIssuer issuer, IMaterialStore files)
{
    /// <summary>The PDF as issued, for the same callers as <see cref="DownloadAsync"/> and recorded the same way.</summary>
    public async Task<MaterialContent> DownloadPdfAsync(Caller caller, string identifier, CancellationToken cancellationToken)
    {
        var issued = await DownloadAsync(caller, identifier, cancellationToken);
        var caseNumber = Parse(identifier).CaseNumber;
        return (issued.PdfSha256 is { } sha256 ? await files.OpenAsync(caseNumber, sha256, cancellationToken) : null)
            ?? throw new NotFoundException($"Certificate {identifier} has no PDF.");
    }

    /// <summary>The certificate for its holder (the first download delivers it) or the issuing department's staff.</summary>
    public async Task<IssuedCertificate> DownloadAsync(Caller caller, string identifier, CancellationToken cancellationToken)
    {
        var parsed = Parse(identifier);
        IssuedCertificate? certificate = null;
        await changes.ApplyAsync(parsed.CaseNumber, (record, item, now) =>
        {
            certificate = CertificateDecisions.RequireReadable(record.State, item, caller, parsed.Value);
            return CertificateDecisions.Download(record.State, item, caller, parsed.Value, now);
        }, cancellationToken);
        return certificate!;
    }

    public async Task<IssuedCertificate> RevokeAsync(Caller caller, string identifier, RevocationCommand command, CancellationToken cancellationToken)
    {
        var parsed = Parse(identifier);
        var record = await changes.ApplyAsync(parsed.CaseNumber, (record, item, now) =>
            CertificateDecisions.Revoke(record.State, item, caller, parsed.Value, command, now), cancellationToken);
        return record.State.Certificates.Single(c => c.Identifier == parsed.Value);
    }

    /// <summary>
    /// A page of certificates: an applicant's own (the holder's wallet), or, for staff, those their department issued;
    /// every version of each, newest case first as the list keeps them.
    /// </summary>
    public async Task<Page<IssuedCertificate>> ListAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        var list = caller.IsIn(PlatformRole.Applicant)
            ? CaseLists.OfApplicant(caller.Subject)
            : StaffRules.IsStaff(caller) && caller.DepartmentCode is { } department
                ? CaseLists.CertificatesOf(department)
                : throw new AccessDeniedException("Certificates are listed for their holders and for staff of the issuing department.");
        var cases = await views.ListAsync(list, page, cancellationToken);
        var certificates = new List<IssuedCertificate>();
        foreach (var summary in cases.Items.Where(s => s.CertificateIdentifier is not null))
        {
            certificates.AddRange((await changes.LoadAsync(summary.CaseNumber, cancellationToken)).Case.State.Certificates.Reverse());
        }

        return new Page<IssuedCertificate>(certificates, cases.ContinuationToken);
    }

    /// <summary>更正: a new version, sealed and printed anew, replacing the current one in the same write.</summary>
    public async Task<IssuedCertificate> ReissueAsync(Caller caller, string identifier, CertificateCorrection correction, CancellationToken cancellationToken)
    {
        var parsed = Parse(identifier);
        var record = await changes.ApplyAsync(parsed.CaseNumber, async (record, item, now, ct) =>
        {
            var current = CertificateDecisions.RequireReissuable(record.State, item, caller, parsed.Value, correction);
            return CertificateDecisions.Reissue(current, await issuer.ReissueAsync(record.State.Number, current, correction, now, ct), caller, correction.Reason!, now);
        }, cancellationToken);
        return record.State.Certificates[^1];
    }

    public Task<IssuerKeySet> PublishedKeysAsync(CancellationToken cancellationToken) => keys.PublishedAsync(cancellationToken);

    /// <summary>A new sealing key for an issuing authority (an admin's act, on a schedule or when a key may be exposed); old keys keep verifying.</summary>
    public Task<IssuerKey> RotateIssuerKeyAsync(Caller caller, string issuerCode, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin);
        IssuerKeyRing.RequireIssuerCode(issuerCode);
        return keys.RotateAsync(issuerCode, cancellationToken);
    }

    internal static CertificateIdentifier Parse(string identifier) =>
        CertificateIdentifier.TryParse(identifier, out var parsed) ? parsed.Value : throw CertificateDecisions.NoSuchCertificate(identifier);
}
