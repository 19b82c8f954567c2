using GovFunctions.Core.Certificates;

namespace GovFunctions.UnitTests.Certificates;

public sealed class CertificateIdentifierTests
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Issuer = "11330302002653271N";
    private const string CaseNumber = "20261207093015-330302-QR06001000-7K3F";

    /// <summary>ISO/IEC 7064 validation of a hybrid MOD 37,36 string: run the recurrence over every character, check included; valid when it ends on 1.</summary>
    private static bool IsValidMod3736(string characters)
    {
        int p = 36, s = 0;
        foreach (var c in characters)
        {
            s = (p + Alphabet.IndexOf(c)) % 36;
            s = s == 0 ? 36 : s;
            p = 2 * s % 37;
        }

        return s == 1;
    }

    /// <summary>The check character found by trying all 36, independently of how the platform computes it.</summary>
    private static char ExpectedCheck(string body)
    {
        var data = new string([.. body.Where(char.IsAsciiLetterOrDigit)]);
        var valid = Alphabet.Where(c => IsValidMod3736(data + c)).ToList();
        return Assert.Single(valid);
    }

    [Fact]
    public void The_identifier_is_the_national_form_with_the_case_number_as_serial_and_a_MOD_37_36_check_character()
    {
        var identifier = CertificateIdentifier.For("QR06001000", Issuer, CaseNumber, 1);
        var body = $"1.2.156.3005.2.QR06001000.{Issuer}.20261207093015330302QR060010007K3F.001";
        Assert.Equal($"{body}.{ExpectedCheck(body)}", identifier.Value);
        Assert.Equal(CaseNumber, identifier.CaseNumber);
        Assert.Equal(2, identifier.WithVersion(2).Version);
        Assert.EndsWith($".002.{ExpectedCheck(body[..^3] + "002")}", identifier.WithVersion(2).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XK02003001", "113507000041576378", "20270315160000-350700-XK02003001-ABCD", 7)]
    [InlineData("ZZ99", "91350100M000100Y43", "20261231235959-350702-GG04003000-2222", 999)]
    public void Identifiers_read_back_as_written(string type, string issuer, string caseNumber, int version)
    {
        var identifier = CertificateIdentifier.For(type, issuer, caseNumber, version);
        Assert.True(CertificateIdentifier.TryParse(identifier.Value, out var read));
        Assert.Equal(identifier, read);
        Assert.True(CertificateIdentifier.TryParse(" " + identifier.Value.ToLowerInvariant() + " ", out _));
        Assert.True(IsValidMod3736(new string([.. identifier.Value.Where(char.IsAsciiLetterOrDigit)])));
    }

    [Fact]
    public void Every_single_character_change_is_caught_and_nearly_every_adjacent_swap()
    {
        var value = CertificateIdentifier.For("QR06001000", Issuer, CaseNumber, 1).Value;
        int swaps = 0, swapsCaught = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '.')
            {
                continue;
            }

            foreach (var other in Alphabet.Where(c => c != value[i]))
            {
                var changed = value[..i] + other + value[(i + 1)..];
                Assert.False(CertificateIdentifier.TryParse(changed, out _), changed);
            }

            var next = value.IndexOfAny([.. Alphabet], i + 1);
            if (next == i + 1 && value[next] != value[i])
            {
                var swapped = value[..i] + value[next] + value[i] + value[(next + 1)..];
                swaps++;
                swapsCaught += CertificateIdentifier.TryParse(swapped, out _) ? 0 : 1;
            }
        }

        // A hybrid system catches every substitution but not every transposition (ISO/IEC 7064); here all but a few.
        Assert.InRange(swapsCaught, swaps * 9 / 10, swaps);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1.2.156.3005.2")]
    [InlineData("1.2.156.3005.2.QR06001000.11330302002653271N.20261207093015330302QR060010007K3F.001")]
    [InlineData("1.2.156.3005.1.QR06001000.11330302002653271N.20261207093015330302QR060010007K3F.001.0")]
    [InlineData("1.2.156.3005.2.QR06001000.11330302002653271N.20261207093015330302QR060010007K3F.000.0")]
    [InlineData("1.2.156.3005.2.QR06001000.11330302002653271N.99999999999999330302QR060010007K3F.001.0")]
    [InlineData("1.2.156.3005.2.QR06001000.11330302002653271N.20261207093015330302QR060010007K3F.001.0.0")]
    public void Malformed_identifiers_are_not_read(string? text)
    {
        Assert.False(CertificateIdentifier.TryParse(text, out _));
        Assert.False(CertificateIdentifier.TryParse(new string('1', 5000), out _));
    }

    [Fact]
    public void An_identifier_with_a_right_check_character_but_a_false_credit_code_is_not_read()
    {
        // A forged issuer code whose own check character is wrong, with the identifier's check character made to fit.
        var body = "1.2.156.3005.2.QR06001000.11330302002653271A.20261207093015330302QR060010007K3F.001";
        Assert.False(CertificateIdentifier.TryParse($"{body}.{ExpectedCheck(body)}", out _));
        Assert.Throws<ArgumentException>(() => CertificateIdentifier.For("QR06001000", "11330302002653271A", CaseNumber, 1));
        Assert.Throws<ArgumentException>(() => CertificateIdentifier.For("qr", Issuer, CaseNumber, 1));
        Assert.Throws<ArgumentException>(() => CertificateIdentifier.For("QR06001000", Issuer, CaseNumber, 1000));
    }
}
