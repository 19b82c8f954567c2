using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// A certificate as issued: its content in canonical JSON (<see cref="Payload"/>, the exact bytes the seal signs) and
/// the seal. As a file it is <c>{"certificate": {…}, "seal": {…}}</c>; whoever holds it can check it against the
/// issuer's published keys alone.
/// </summary>
public sealed record SignedCertificate(string Payload, CertificateSeal Seal)
{
    [JsonIgnore]
    public ElectronicCertificate Certificate => JsonSerializer.Deserialize<ElectronicCertificate>(Payload, GovJson.Options)!;

    [JsonIgnore]
    public byte[] SignedBytes => Encoding.UTF8.GetBytes(Payload);

    public static string PayloadOf(ElectronicCertificate certificate) =>
        CanonicalJson.Text(JsonSerializer.SerializeToNode(certificate, GovJson.Options));

    public JsonObject ToDocument() => new()
    {
        ["certificate"] = JsonNode.Parse(Payload),
        ["seal"] = JsonSerializer.SerializeToNode(Seal, GovJson.Options),
    };

    /// <summary>Reads a certificate file as a verifier uploads it; null when it is not one (the caller answers "tampered").</summary>
    public static SignedCertificate? FromDocument(JsonNode? document)
    {
        try
        {
            if (document is not JsonObject { Count: 2 } file || file["certificate"] is not JsonObject certificate
                || file["seal"]?.Deserialize<CertificateSeal>(GovJson.Options) is not { Algorithm: not null, KeyId: not null, Signature: not null } seal)
            {
                return null;
            }

            var signed = new SignedCertificate(CanonicalJson.Text(certificate), seal);
            _ = signed.Certificate;
            return signed;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
