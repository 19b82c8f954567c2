namespace GovFunctions.Core.Certificates;

/// <summary>What a receiving party is told about a certificate it checks.</summary>
public enum CertificateVerdict
{
    /// <summary>Sealed by its issuer, unchanged, current and within its validity.</summary>
    Valid,
    Revoked,
    Expired,

    /// <summary>Replaced by a reissue on correction; the answer names the current version.</summary>
    Superseded,

    /// <summary>No certificate has this identifier (or the verification code does not match it).</summary>
    NotFound,

    /// <summary>The seal or the content does not match what the issuer issued.</summary>
    Tampered,
}
