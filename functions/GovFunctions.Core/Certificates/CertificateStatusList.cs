namespace GovFunctions.Core.Certificates;

/// <summary>An issuer's revocation list as published: the encoded bitstring, how many positions it has handed out, and when.</summary>
public sealed record CertificateStatusList(string IssuerCode, string StatusPurpose, string EncodedList, int Positions, DateTimeOffset ValidFrom);

/// <summary>The list with its issuer's seal over the canonical JSON of <see cref="Payload"/>, like a certificate's.</summary>
public sealed record SignedStatusList(string Payload, CertificateSeal Seal);
