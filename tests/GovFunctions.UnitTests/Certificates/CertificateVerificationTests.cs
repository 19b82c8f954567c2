using System.Buffers.Text;
using System.Text.Json.Nodes;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Serialization;
using GovFunctions.UnitTests.Review;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.UnitTests.Certificates;

public sealed class CertificateVerificationTests
{
    private static readonly DateTimeOffset Issued = ReviewScenario.Beijing(2027, 3, 15);
    private readonly FakeTimeProvider _time = new(Issued);
    private readonly InMemorySecretStore _secrets = new();
    private readonly IssuerKeyRing _keys;

    public CertificateVerificationTests() => _keys = new IssuerKeyRing(_secrets, _time, NullLogger<IssuerKeyRing>.Instance);

    /// <summary>排污许可证核发（简化管理）: a 证照 valid 60 months, issued by 南平市生态环境局.</summary>
    private static ReviewScenario Permit => ReviewScenario.Submitted(ReviewScenario.ItemNamed("XK02003001-350700000000"), Issued.AddDays(-10));

    private async Task<IssuedCertificate> IssueAsync(ReviewScenario? scenario = null, CaseState? state = null)
    {
        scenario ??= Permit;
        return await TestCertificates.IssueAsync(
            _keys, state ?? scenario.State, scenario.Item, new CertificateContents("南环许〔2027〕12号", "申请事项", ["《排污许可管理条例》第十三条"]), Issued);
    }

    private Task<IssuerKeySet> Keys => _keys.PublishedAsync(CancellationToken.None);

    private static SignedCertificate Changed(SignedCertificate document, Action<JsonObject> change)
    {
        var file = document.ToDocument();
        change(file);
        return SignedCertificate.FromDocument(JsonNode.Parse(file.ToJsonString()))!;
    }

    [Fact]
    public async Task An_untouched_certificate_is_valid_and_says_what_a_receiving_party_needs()
    {
        var issued = await IssueAsync();
        var certificate = issued.Document.Certificate;

        Assert.Equal(CertificateVerdict.Valid, CertificateVerification.Verify(issued.Document, issued, await Keys, _time.GetUtcNow()));
        Assert.Equal(new DateOnly(2027, 3, 15), certificate.IssuedOn);
        Assert.Equal(new DateOnly(2032, 3, 14), certificate.ValidUntil);
        Assert.Equal("排污许可证", certificate.Name);
        Assert.Equal(ElectronicCertificate.OrganisationHolder, certificate.HolderCodeType);
        Assert.Equal("仅供办理政务服务事项时使用，有效期至2032年3月14日", certificate.UsageNotice);
        var check = CertificateCheck.Of(CertificateVerdict.Valid, issued);
        Assert.Equal("温州某化工有限公司", check.Holder);
        Assert.Equal(issued.Identifier, check.Identifier);
    }

    [Fact]
    public async Task A_natural_persons_name_is_masked_in_the_answer_and_the_identity_number_never_in_it()
    {
        var scenario = Permit;
        var issued = await IssueAsync(scenario, scenario.State with
        {
            Form = scenario.State.Form with { ApplicantType = "自然人", ApplicantName = "欧阳娜娜", IdentityNumber = "11010519491231002X" },
        });

        var check = CertificateCheck.Of(CertificateVerdict.Valid, issued);
        Assert.Equal(ElectronicCertificate.PersonHolder, issued.Document.Certificate.HolderCodeType);
        Assert.Equal("欧***", check.Holder);
        Assert.DoesNotContain("11010519491231002X", System.Text.Json.JsonSerializer.Serialize(check, GovJson.Options));
    }

    [Theory]
    [InlineData("holder", "另一家公司")]
    [InlineData("validUntil", "2099-12-31")]
    [InlineData("number", "20270315100000-350700-XK02003001-2222")]
    public async Task Changing_any_field_of_the_content_is_tampering(string field, string value)
    {
        var issued = await IssueAsync();
        var forged = Changed(issued.Document, f => f["certificate"]![field] = value);

        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(forged, issued, await Keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(forged, issued: null, await Keys, _time.GetUtcNow()));
    }

    [Fact]
    public async Task A_changed_signature_a_foreign_key_or_an_uncertified_key_is_tampering()
    {
        var issued = await IssueAsync();
        var signature = Base64Url.DecodeFromChars(issued.Document.Seal.Signature);
        signature[10] ^= 0x01;
        var brokenSeal = issued.Document with { Seal = issued.Document.Seal with { Signature = Base64Url.EncodeToString(signature) } };

        // Another department's genuine key, sealing this department's content.
        var foreign = await _keys.SigningKeyAsync("11330302002653271N", CancellationToken.None);
        var foreignSeal = issued.Document with
        {
            Seal = new CertificateSeal(CertificateSeal.Sm2WithSm3, foreign.Key.KeyId,
                Base64Url.EncodeToString(Sm2.Sign(Base64Url.DecodeFromChars(foreign.PrivateKey), issued.Document.SignedBytes))),
        };

        // A key made by someone else under the issuer's key id: no root certified it.
        var (strangerPrivate, _) = Sm2.NewKeyPair();
        var impostor = issued.Document with
        {
            Seal = issued.Document.Seal with { Signature = Base64Url.EncodeToString(Sm2.Sign(strangerPrivate, issued.Document.SignedBytes)) },
        };

        var keys = await Keys;
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(brokenSeal, issued, keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(foreignSeal, issued, keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(impostor, issued, keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(
            issued.Document with { Seal = issued.Document.Seal with { Algorithm = "RSA-SHA256" } }, issued, keys, _time.GetUtcNow()));
    }

    [Fact]
    public async Task A_genuine_certificate_the_issuer_has_no_record_of_is_not_found_and_one_it_recorded_differently_is_tampered()
    {
        var issued = await IssueAsync();
        var other = await IssueAsync();

        Assert.Equal(CertificateVerdict.NotFound, CertificateVerification.Verify(issued.Document, issued: null, await Keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Tampered, CertificateVerification.Verify(issued.Document, other, await Keys, _time.GetUtcNow()));
    }

    [Fact]
    public async Task Revoked_superseded_and_expired_certificates_say_so()
    {
        var issued = await IssueAsync();
        var keys = await Keys;
        var revoked = issued with { Revocation = new CertificateRevocation(Issued.AddDays(3), "approver", RevocationReason.Withdrawn, "撤销许可") };
        var superseded = issued with { SupersededBy = CertificateIdentifier.TryParse(issued.Identifier, out var id) ? id.Value.WithVersion(2).Value : null };

        Assert.Equal(CertificateVerdict.Revoked, CertificateVerification.Verify(revoked.Document, revoked, keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Superseded, CertificateVerification.Verify(superseded.Document, superseded, keys, _time.GetUtcNow()));
        Assert.Equal(RevocationReason.Withdrawn, CertificateCheck.Of(CertificateVerdict.Revoked, revoked).RevocationReason);

        // Valid through its last day (Beijing), expired the day after.
        Assert.Equal(CertificateVerdict.Valid, CertificateVerification.Verify(null, issued, keys, ReviewScenario.Beijing(2032, 3, 14, 23)));
        Assert.Equal(CertificateVerdict.Expired, CertificateVerification.Verify(null, issued, keys, ReviewScenario.Beijing(2032, 3, 15, 0)));
    }

    [Fact]
    public async Task After_a_rotation_the_new_key_seals_and_what_the_old_one_sealed_still_verifies()
    {
        var before = await IssueAsync();
        _time.Advance(TimeSpan.FromDays(1));
        var rotated = await _keys.RotateAsync(before.Document.Certificate.IssuerCode, CancellationToken.None);
        var after = await IssueAsync();

        Assert.NotEqual(before.Document.Seal.KeyId, after.Document.Seal.KeyId);
        Assert.Equal(rotated.KeyId, after.Document.Seal.KeyId);
        var keys = await Keys;
        Assert.Equal(CertificateVerdict.Valid, CertificateVerification.Verify(before.Document, before, keys, _time.GetUtcNow()));
        Assert.Equal(CertificateVerdict.Valid, CertificateVerification.Verify(after.Document, after, keys, _time.GetUtcNow()));
    }

    [Fact]
    public async Task Two_instances_creating_the_first_key_at_once_both_keep_theirs_verifiable()
    {
        var one = new IssuerKeyRing(_secrets, _time, NullLogger<IssuerKeyRing>.Instance);
        var other = new IssuerKeyRing(_secrets, _time, NullLogger<IssuerKeyRing>.Instance);
        var first = await one.RotateAsync("113507000041576378", CancellationToken.None);
        var second = await other.RotateAsync("113507000041576378", CancellationToken.None);

        var keys = await Keys;
        Assert.NotNull(keys.Find(first.KeyId, "113507000041576378"));
        Assert.NotNull(keys.Find(second.KeyId, "113507000041576378"));
        Assert.Null(keys.Find(first.KeyId, "11330302002653271N"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_certificate_is_not_read()
    {
        var issued = await IssueAsync();
        Assert.NotNull(SignedCertificate.FromDocument(issued.Document.ToDocument()));
        Assert.Null(SignedCertificate.FromDocument(JsonNode.Parse("""{"certificate":{},"seal":{}}""")));
        Assert.Null(SignedCertificate.FromDocument(JsonNode.Parse("""{"certificate":1,"seal":{"algorithm":"SM2-SM3","keyId":"k","signature":"s"}}""")));
        Assert.Null(SignedCertificate.FromDocument(JsonNode.Parse("[]")));
        Assert.Null(SignedCertificate.FromDocument(null));
        var extra = issued.Document.ToDocument();
        extra["more"] = 1;
        Assert.Null(SignedCertificate.FromDocument(extra));
        var withFloat = issued.Document.ToDocument();
        withFloat["certificate"]!["version"] = 1.5;
        Assert.Null(SignedCertificate.FromDocument(withFloat));
    }
}
