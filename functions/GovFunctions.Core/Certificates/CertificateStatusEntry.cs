namespace GovFunctions.Core.Certificates;

/// <summary>
/// Where a certificate's revocation bit is (W3C Bitstring Status List v1.0: purpose, index, list): a verifier fetches the
/// issuer's whole list and reads the bit itself, so the issuer never learns which certificate was checked.
/// </summary>
/// <param name="List">The list's address under the API, <c>/api/public/certificate-status/{issuer credit code}</c>.</param>
public sealed record CertificateStatusEntry(string Purpose, int Index, string List)
{
    public const string Revocation = "revocation";

    public static CertificateStatusEntry For(string issuerCode, int index) => new(Revocation, index, $"/api/public/certificate-status/{issuerCode}");
}
