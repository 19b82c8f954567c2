using System.Security.Cryptography;
using GovFunctions.Core.PersonalData;

namespace GovFunctions.UnitTests.PersonalData;

public sealed class PersonalDataCipherTests
{
    private static readonly byte[] OldKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] NewKey = RandomNumberGenerator.GetBytes(32);
    private const string Place = "20270309104512-330300-XK01001001-7K3F/identityNumber";

    [Fact]
    public void A_value_reads_back_only_in_its_own_place_and_never_shows_in_clear()
    {
        var cipher = new PersonalDataCipher([OldKey]);

        var stored = cipher.Protect("330302199001011234", Place)!;

        Assert.StartsWith($"enc:{PersonalDataCipher.IdOf(OldKey)}:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("330302199001011234", stored, StringComparison.Ordinal);
        Assert.NotEqual(stored, cipher.Protect("330302199001011234", Place));
        Assert.Equal("330302199001011234", cipher.Unprotect(stored, Place));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Unprotect(stored, "20270309104512-330300-XK01001001-9Q2Z/identityNumber"));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Unprotect(stored, Place.Replace("identityNumber", "contactPhone", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_changed_ciphertext_is_refused()
    {
        var cipher = new PersonalDataCipher([OldKey]);
        var stored = cipher.Protect("13912345678", Place)!;
        var bytes = Convert.FromBase64String(stored[(stored.LastIndexOf(':') + 1)..]);
        bytes[14] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => cipher.Unprotect(stored[..(stored.LastIndexOf(':') + 1)] + Convert.ToBase64String(bytes), Place));
    }

    [Fact]
    public void After_a_rotation_the_new_key_encrypts_and_the_old_still_decrypts()
    {
        var before = new PersonalDataCipher([OldKey]).Protect("温州市鹿城区五马街1号", Place);
        var rotated = new PersonalDataCipher([OldKey, NewKey]);

        Assert.Equal("温州市鹿城区五马街1号", rotated.Unprotect(before, Place));
        Assert.Equal(PersonalDataCipher.IdOf(NewKey), PersonalDataCipher.KeyIdOf(rotated.Protect("x", Place)));
        Assert.Throws<KeyNotFoundException>(() => new PersonalDataCipher([NewKey]).Unprotect(before, Place));
        Assert.True(rotated.Knows(PersonalDataCipher.KeyIdOf(before)!));
    }

    [Fact]
    public void Values_stored_before_encryption_and_nulls_pass_through()
    {
        var cipher = new PersonalDataCipher([OldKey]);

        Assert.Equal("13800138000", cipher.Unprotect("13800138000", Place));
        Assert.Null(cipher.Protect(null, Place));
        Assert.Null(PersonalDataCipher.KeyIdOf("13800138000"));
        Assert.Throws<ArgumentException>(() => new PersonalDataCipher([new byte[16]]));
    }
}
