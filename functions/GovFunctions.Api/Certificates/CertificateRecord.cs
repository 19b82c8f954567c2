using GovFunctions.Core.Certificates;

namespace GovFunctions.Api.Certificates;

/// <summary>A certificate as its holder or issuing department sees it: the content, its standing and what happened to it.</summary>
public sealed record CertificateRecord(
    string Identifier,
    CertificateVerdict Standing,
    ElectronicCertificate Certificate,
    DateTimeOffset IssuedAt,
    DateTimeOffset? FirstDownloadedAt,
    CertificateRevocation? Revocation,
    string? SupersededBy,
    IReadOnlyList<CertificateAccess> Accesses)
{
    public static CertificateRecord Of(IssuedCertificate issued, DateTimeOffset now) => new(
        issued.Identifier, CertificateVerification.StandingOf(issued, now), issued.Document.Certificate, issued.IssuedAt,
        issued.FirstDownloadedAt, issued.Revocation, issued.SupersededBy, issued.Accesses);
}

/// <summary>A page of certificates; pass <see cref="ContinuationToken"/> back for the next page, null on the last.</summary>
public sealed record CertificateList(IReadOnlyList<CertificateRecord> Items, string? ContinuationToken);

/// <summary>An issuer's status list as published: the list and the issuer's seal over its canonical JSON.</summary>
public sealed record StatusListFile(CertificateStatusList StatusList, CertificateSeal Seal);

/// <summary>The signed certificate file as downloaded: the content the seal signs (in canonical JSON when checked) and the seal.</summary>
public sealed record CertificateFile(ElectronicCertificate Certificate, CertificateSeal Seal);
