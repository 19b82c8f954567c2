using System.Text;
using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

public sealed class Sm2Tests
{
    private static readonly byte[] Data = Encoding.UTF8.GetBytes("""{"name":"无犯罪记录证明"}""");

    [Fact]
    public void SM3_matches_the_GM_T_0004_example()
    {
        // GM/T 0004-2012 Appendix A.1: the digest of "abc".
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(Sm2.Sm3("abc"u8.ToArray())));
    }

    [Fact]
    public void A_signature_verifies_with_its_key_only_and_over_its_data_only()
    {
        var (privateKey, publicKey) = Sm2.NewKeyPair();
        var (_, otherPublicKey) = Sm2.NewKeyPair();
        var signature = Sm2.Sign(privateKey, Data);

        Assert.Equal(65, publicKey.Length);
        Assert.Equal(32, privateKey.Length);
        Assert.True(Sm2.Verify(publicKey, Data, signature));
        Assert.False(Sm2.Verify(otherPublicKey, Data, signature));
        for (var i = 0; i < Data.Length; i++)
        {
            var changed = (byte[])Data.Clone();
            changed[i] ^= 1;
            Assert.False(Sm2.Verify(publicKey, changed, signature));
        }

        var broken = (byte[])signature.Clone();
        broken[^1] ^= 1;
        Assert.False(Sm2.Verify(publicKey, Data, broken));
        Assert.False(Sm2.Verify(publicKey, Data, [1, 2, 3]));
        Assert.False(Sm2.Verify([4, 1, 2], Data, signature));
    }

    [Fact]
    public void An_issuer_certificate_binds_its_key_to_the_root_that_signed_it()
    {
        var (rootPrivate, rootPublic) = Sm2.NewKeyPair();
        var (_, otherRootPublic) = Sm2.NewKeyPair();
        var (_, issuerPublic) = Sm2.NewKeyPair();
        var (_, strangerPublic) = Sm2.NewKeyPair();
        var now = DateTimeOffset.UtcNow;
        var certificate = Sm2.Certify("issuer", issuerPublic, "root", rootPrivate, now, now.AddYears(1), authority: false);

        Assert.True(Sm2.IsCertifiedBy(certificate, issuerPublic, rootPublic));
        Assert.False(Sm2.IsCertifiedBy(certificate, issuerPublic, otherRootPublic));
        Assert.False(Sm2.IsCertifiedBy(certificate, strangerPublic, rootPublic));
        Assert.False(Sm2.IsCertifiedBy([0x30, 0x03, 0x02, 0x01, 0x01], issuerPublic, rootPublic));
    }
}
