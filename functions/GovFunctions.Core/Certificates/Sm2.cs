using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// The national algorithms the seals use: SM2 signatures (GM/T 0003) over SM3 digests (GM/T 0004), with the default
/// signer identity of GM/T 0009 (<c>1234567812345678</c>). Public keys travel as the uncompressed point
/// <c>04 ‖ X ‖ Y</c> (65 bytes), private keys as the 32-byte scalar, signatures as DER <c>SEQUENCE { r, s }</c>.
/// </summary>
public static class Sm2
{
    private static readonly ECDomainParameters Curve = new(GMNamedCurves.GetByName("sm2p256v1"));
    private static readonly SecureRandom Random = new();

    public static (byte[] PrivateKey, byte[] PublicKey) NewKeyPair()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Curve, Random));
        var pair = generator.GenerateKeyPair();
        return (((ECPrivateKeyParameters)pair.Private).D.ToByteArrayUnsigned().PadLeft(32), ((ECPublicKeyParameters)pair.Public).Q.GetEncoded(false));
    }

    public static byte[] Sign(byte[] privateKey, byte[] data)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(PrivateParameters(privateKey), Random));
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    /// <summary>False for a wrong signature and for anything that is not a key or a signature at all.</summary>
    public static bool Verify(byte[] publicKey, byte[] data, byte[] signature)
    {
        try
        {
            var signer = new SM2Signer();
            signer.Init(false, PublicParameters(publicKey));
            signer.BlockUpdate(data, 0, data.Length);
            return signer.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or CryptoException)
        {
            return false;
        }
    }

    public static byte[] Sm3(byte[] data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return hash;
    }

    /// <summary>An X.509 certificate (SM3WITHSM2) binding <paramref name="subjectPublicKey"/> to <paramref name="subject"/>, signed by the issuer's key.</summary>
    public static byte[] Certify(
        string subject, byte[] subjectPublicKey, string issuer, byte[] issuerPrivateKey, DateTimeOffset notBefore, DateTimeOffset notAfter, bool authority)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, Sm3(subjectPublicKey)[..16]));
        generator.SetIssuerDN(new X509Name("CN=" + issuer));
        generator.SetSubjectDN(new X509Name("CN=" + subject));
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetPublicKey(PublicParameters(subjectPublicKey));
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(authority));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(authority ? KeyUsage.KeyCertSign : KeyUsage.DigitalSignature));
        return generator.Generate(new Asn1SignatureFactory("SM3WITHSM2", PrivateParameters(issuerPrivateKey), Random)).GetEncoded();
    }

    /// <summary>Whether <paramref name="certificate"/> is signed by <paramref name="issuerPublicKey"/> and certifies <paramref name="publicKey"/>.</summary>
    public static bool IsCertifiedBy(byte[] certificate, byte[] publicKey, byte[] issuerPublicKey)
    {
        try
        {
            var parsed = new X509Certificate(certificate);
            parsed.Verify(PublicParameters(issuerPublicKey));
            return ((ECPublicKeyParameters)parsed.GetPublicKey()).Q.GetEncoded(false).AsSpan().SequenceEqual(publicKey);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or InvalidCastException
            or CryptoException or GeneralSecurityException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            return false;
        }
    }

    private static ECPrivateKeyParameters PrivateParameters(byte[] privateKey) => new(new BigInteger(1, privateKey), Curve);

    private static ECPublicKeyParameters PublicParameters(byte[] publicKey) => new(Curve.Curve.DecodePoint(publicKey), Curve);

    private static byte[] PadLeft(this byte[] bytes, int length) =>
        bytes.Length >= length ? bytes : [.. new byte[length - bytes.Length], .. bytes];
}
