using System.Text.Json.Serialization;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// A certificate as the case that issued it keeps it: the signed document, the verification code (核验码) the holder
/// gives a receiving party, and what happened to it since — revoked, superseded by a reissue, first downloaded.
/// </summary>
public sealed record IssuedCertificate(string Identifier, string VerificationCode, SignedCertificate Document, DateTimeOffset IssuedAt)
{
    public CertificateRevocation? Revocation { get; init; }

    /// <summary>The identifier of the version that replaced this one.</summary>
    public string? SupersededBy { get; init; }
    public DateTimeOffset? FirstDownloadedAt { get; init; }

    /// <summary>The SHA-256 of the PDF rendered at issue, stored with the case's files: an uploaded PDF is this one or is not genuine.</summary>
    public string? PdfSha256 { get; init; }

    /// <summary>Every signed-in relying party's check of it, with the reason of use stated: what its holder reads.</summary>
    public IReadOnlyList<CertificateAccess> Accesses { get; init; } = [];

    [JsonIgnore]
    public bool Current => Revocation is null && SupersededBy is null;
}

/// <summary>撤销/注销 of a certificate: never deleted, its verification answers "revoked" with the date and the class of reason.</summary>
public sealed record CertificateRevocation(DateTimeOffset At, string By, RevocationReason Reason, string Note);

/// <summary>Why a certificate no longer stands (行政许可法 第六十九条, 第七十条).</summary>
public enum RevocationReason
{
    /// <summary>撤销: the decision is withdrawn (第六十九条).</summary>
    Withdrawn,

    /// <summary>注销: the licence ends (expiry not renewed, the holder gone, 第七十条).</summary>
    Cancelled,

    /// <summary>Issued in error (wrong holder, wrong content) and not corrected by a reissue.</summary>
    IssuedInError,

    /// <summary>The holder asked for it.</summary>
    HolderRequest,
}
