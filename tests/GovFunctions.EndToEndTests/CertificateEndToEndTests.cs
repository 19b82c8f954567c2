using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Certificates.Rendering;
using GovFunctions.Core.Serialization;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>Electronic certificates over HTTP against LocalHost: issued on approval, downloaded, verified online and offline, revoked.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class CertificateEndToEndTests(ReviewHostFixture host)
{
    /// <summary>无犯罪记录证明开具 (温州市公安局鹿城分局): 受理 → 审查 → 办结, for natural persons; a 证明 delivered as 电子证照.</summary>
    private const string NoCriminalRecord = "QR06001000-330302000000";
    private const string Police = "330302-GAFJ";
    private const string IdNumber = "11010519491231002X";

    private const int CertificateVerificationRequestLimit = GovFunctions.Api.Certificates.CertificateVerificationRequest.MaxPdfBytes;

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private async Task<(HttpClient Applicant, string Number)> SubmittedByPerson()
    {
        var applicant = await _api.Applicant("person-" + Guid.NewGuid().ToString("N")[..8]);
        var created = await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = NoCriminalRecord }));
        var number = created.GetProperty("case").GetProperty("number").GetString()!;
        await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new
        {
            applicantType = "自然人", applicantName = "张三丰", identityNumber = IdNumber,
            contactName = "张三丰", contactPhone = "13800138000", address = "温州市鹿城区", matter = "出国留学所需",
        }));
        await Upload(applicant, number, "M01");
        await Upload(applicant, number, "M02");
        await Ok(await applicant.PostAsync($"/api/cases/{number}/submission", null));
        return (applicant, number);
    }

    /// <summary>Through the review to an approval; answers the certificate as the applicant's case shows it.</summary>
    private async Task<(HttpClient Applicant, string Number, JsonElement Certificate)> Approved()
    {
        var (applicant, number) = await SubmittedByPerson();
        await Ok(await Command(await _api.Staff("clerk", Police), number, "acceptance"));
        await Ok(await Command(await _api.Staff("reviewer", Police), number, "step-completion", new { outcome = "forward", opinion = "经查询无犯罪记录" }));
        await Ok(await Command(await _api.Staff("approver", Police), number, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《公安机关办理无犯罪记录证明工作规定》第三条" }, reasons = "经查询，未发现有犯罪记录", resultDocument = "鹿公证〔2026〕1号",
        }));
        var certificate = (await Get(applicant, number)).GetProperty("case").GetProperty("certificates")[0];
        return (applicant, number, certificate);
    }

    private static readonly IEqualityComparer<string> JsonNodeComparer =
        EqualityComparer<string>.Create((a, b) => JsonNode.DeepEquals(JsonNode.Parse(a!), JsonNode.Parse(b!)), s => 0);

    private static async Task<JsonElement> Verify(HttpClient client, object body) =>
        await Ok(await client.PostAsJsonAsync("/api/public/certificate-verifications", body));

    [Fact]
    public async Task A_proof_is_issued_on_approval_delivered_by_its_download_verified_by_file_and_by_code_then_revoked()
    {
        await host.StartNextWeek();
        var (applicant, number, issued) = await Approved();
        var identifier = issued.GetProperty("identifier").GetString()!;
        var code = issued.GetProperty("verificationCode").GetString()!;
        Assert.True(CertificateIdentifier.TryParse(identifier, out var parsed));
        Assert.Equal(number, parsed.Value.CaseNumber);

        // The holder's first download is the delivery.
        var file = await Ok(await applicant.GetAsync($"/api/certificates/{identifier}"));
        Assert.Equal("无犯罪记录证明", file.GetProperty("certificate").GetProperty("name").GetString());
        Assert.Equal(IdNumber, file.GetProperty("certificate").GetProperty("holderCode").GetString());
        var history = await History(applicant, number);
        Assert.Equal("delivered", history[^1]);
        Assert.Equal("电子证照", (await Get(applicant, number)).GetProperty("case").GetProperty("delivery").GetProperty("method").GetString());

        // A receiving party, anonymous: by the file, and by identifier and code.
        var byFile = await Verify(host.Client, new { document = file });
        Assert.Equal("valid", byFile.GetProperty("verdict").GetString());
        Assert.Equal("张**", byFile.GetProperty("holder").GetString());
        Assert.DoesNotContain(IdNumber, byFile.GetRawText());
        var byCode = await Verify(host.Client, new { identifier, verificationCode = code.ToLowerInvariant() });
        Assert.Equal("valid", byCode.GetProperty("verdict").GetString());
        Assert.Equal(number, byCode.GetProperty("number").GetString());
        Assert.Equal("notFound", (await Verify(host.Client, new { identifier, verificationCode = "WRONG234" })).GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, (await Verify(host.Client, new { identifier, verificationCode = "WRONG234" })).GetProperty("number").ValueKind);
        // Each verification, by file or by code, is filed under the case's audit records.
        var audited = await Ok(await (await LocalHostFixture.ClientFor(host.BaseAddress, "admin-audit", ["admin"])).GetAsync($"/api/audit-records?caseNumber={number}"));
        Assert.True(audited.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("entry").GetProperty("operation").GetString() == "VerifyCertificate") >= 4);

        // The PDF as issued verifies; one byte changed, or a PDF made elsewhere around the genuine file, does not.
        var pdfAnswer = await applicant.GetAsync($"/api/certificates/{identifier}/pdf");
        Assert.Equal("application/pdf", pdfAnswer.Content.Headers.ContentType?.MediaType);
        var pdf = await pdfAnswer.Content.ReadAsByteArrayAsync();
        Assert.Equal(file.GetRawText(), CertificatePdf.ReadEmbeddedCertificate(pdf)!.ToJsonString(), JsonNodeComparer);
        Assert.Equal("valid", (await Verify(host.Client, new { pdf })).GetProperty("verdict").GetString());
        var changedPdf = (byte[])pdf.Clone();
        changedPdf[pdf.Length / 3] ^= 0x20;
        Assert.Equal("tampered", (await Verify(host.Client, new { pdf = changedPdf })).GetProperty("verdict").GetString());
        var madeElsewhere = CertificatePdf.Render(SignedCertificate.FromDocument(JsonNode.Parse(file.GetRawText()))!, code, new Uri("https://forger.example/"));
        Assert.Equal("tampered", (await Verify(host.Client, new { pdf = madeElsewhere })).GetProperty("verdict").GetString());
        await (await host.Client.PostAsJsonAsync("/api/public/certificate-verifications", new { pdf, identifier })).AssertValidationProblem();

        // One field changed in the file: tampered, and nothing of the record is told.
        var forged = JsonNode.Parse(file.GetRawText())!;
        forged["certificate"]!["holder"] = "李四";
        var tampered = await Verify(host.Client, new { document = forged });
        Assert.Equal("tampered", tampered.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, tampered.GetProperty("identifier").ValueKind);

        // Someone else cannot download it; the department revokes it once; it then verifies as revoked.
        var stranger = await _api.Applicant("person-" + Guid.NewGuid().ToString("N")[..8]);
        await AssertRefused(await stranger.GetAsync($"/api/certificates/{identifier}"), HttpStatusCode.NotFound);
        var approver = await _api.Staff("approver", Police);
        await AssertRefused(await (await _api.Staff("clerk", Police)).PostAsJsonAsync($"/api/certificates/{identifier}/revocation", new { reason = "withdrawn", note = "x" }), HttpStatusCode.Forbidden);
        var index = file.GetProperty("certificate").GetProperty("status").GetProperty("index").GetInt32();
        Assert.False(await RevokedInStatusList(file, index));
        var revoked = await Ok(await approver.PostAsJsonAsync($"/api/certificates/{identifier}/revocation", new { reason = "issuedInError", note = "证明内容有误，予以撤销" }));
        Assert.Equal("revoked", revoked.GetProperty("standing").GetString());
        await AssertRefused(await approver.PostAsJsonAsync($"/api/certificates/{identifier}/revocation", new { reason = "withdrawn", note = "再次撤销" }), HttpStatusCode.Conflict);
        var after = await Verify(host.Client, new { document = file });
        Assert.Equal("revoked", after.GetProperty("verdict").GetString());
        Assert.Equal("issuedInError", after.GetProperty("revocationReason").GetString());
        Assert.Equal("revoked", (await Verify(host.Client, new { identifier, verificationCode = code })).GetProperty("verdict").GetString());
        Assert.Equal("certificateRevoked", (await History(applicant, number))[^1]);
        await Eventually(() => RevokedInStatusList(file, index));
    }

    /// <summary>A published key (JWK x, y) as the SM2 point 04 ‖ X ‖ Y.</summary>
    private static byte[] PublicKeyOf(JsonElement key) =>
        [0x04, .. Base64Url.DecodeFromChars(key.GetProperty("x").GetString()), .. Base64Url.DecodeFromChars(key.GetProperty("y").GetString())];

    /// <summary>What a verifier does without naming the certificate: fetch the issuer's sealed list, check its seal, read one bit.</summary>
    private async Task<bool> RevokedInStatusList(JsonElement file, int index)
    {
        var issuer = file.GetProperty("certificate").GetProperty("issuerCode").GetString()!;
        var list = await Ok(await host.Client.GetAsync(file.GetProperty("certificate").GetProperty("status").GetProperty("list").GetString()));
        var keys = await Ok(await host.Client.GetAsync("/api/public/certificate-keys"));
        var key = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == list.GetProperty("seal").GetProperty("keyId").GetString());
        Assert.Equal(issuer, key.GetProperty("issuerCode").GetString());
        Assert.True(Sm2.Verify(PublicKeyOf(key), CanonicalJson.Bytes(JsonNode.Parse(list.GetProperty("statusList").GetRawText())),
            Base64Url.DecodeFromChars(list.GetProperty("seal").GetProperty("signature").GetString())));
        return StatusBitstring.IsSet(list.GetProperty("statusList").GetProperty("encodedList").GetString()!, index);
    }

    [Fact]
    public async Task A_downloaded_certificate_verifies_offline_with_nothing_but_the_published_keys()
    {
        await host.StartNextWeek();
        var (applicant, _, issued) = await Approved();
        var file = JsonNode.Parse((await Ok(await applicant.GetAsync($"/api/certificates/{issued.GetProperty("identifier").GetString()}"))).GetRawText())!;
        var keys = await Ok(await host.Client.GetAsync("/api/public/certificate-keys"));

        // What a receiving party does by itself: find the seal's key, canonicalise the content (RFC 8785), check SM2 over SM3.
        var keyId = file["seal"]!["keyId"]!.GetValue<string>();
        var key = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == keyId);
        Assert.Equal("SM2", key.GetProperty("crv").GetString());
        Assert.Equal(file["certificate"]!["issuerCode"]!.GetValue<string>(), key.GetProperty("issuerCode").GetString());
        var point = PublicKeyOf(key);
        var curve = new ECDomainParameters(GMNamedCurves.GetByName("sm2p256v1"));
        var content = CanonicalJson.Bytes(file["certificate"]);

        bool Verifies(byte[] data)
        {
            var signer = new SM2Signer();
            signer.Init(false, new ECPublicKeyParameters(curve.Curve.DecodePoint(point), curve));
            signer.BlockUpdate(data, 0, data.Length);
            return signer.VerifySignature(Base64Url.DecodeFromChars(file["seal"]!["signature"]!.GetValue<string>()));
        }

        Assert.True(Verifies(content));
        var changed = (byte[])content.Clone();
        changed[^3] ^= 1;
        Assert.False(Verifies(changed));

        // The key's certificate chains to a published root.
        var root = keys.GetProperty("roots").EnumerateArray().First();
        Assert.True(Sm2.IsCertifiedBy(Convert.FromBase64String(key.GetProperty("x5c")[0].GetString()!), point, PublicKeyOf(root)));
    }

    [Fact]
    public async Task After_an_admin_rotates_a_departments_key_new_certificates_use_it_and_old_ones_still_verify()
    {
        await host.StartNextWeek();
        var (applicant, _, before) = await Approved();
        var oldFile = await Ok(await applicant.GetAsync($"/api/certificates/{before.GetProperty("identifier").GetString()}"));
        var issuer = oldFile.GetProperty("certificate").GetProperty("issuerCode").GetString()!;

        await AssertRefused(await (await _api.Staff("approver", Police)).PostAsync($"/api/operations/certificate-issuers/{issuer}/key-rotation", null), HttpStatusCode.Forbidden);
        var admin = await LocalHostFixture.ClientFor(host.BaseAddress, "admin-1", ["admin"]);
        await (await admin.PostAsync("/api/operations/certificate-issuers/11330302002653271A/key-rotation", null)).AssertValidationProblem();
        var rotated = await Ok(await admin.PostAsync($"/api/operations/certificate-issuers/{issuer}/key-rotation", null));
        Assert.NotEqual(oldFile.GetProperty("seal").GetProperty("keyId").GetString(), rotated.GetProperty("kid").GetString());

        var (nextApplicant, _, after) = await Approved();
        var newFile = await Ok(await nextApplicant.GetAsync($"/api/certificates/{after.GetProperty("identifier").GetString()}"));
        Assert.Equal(rotated.GetProperty("kid").GetString(), newFile.GetProperty("seal").GetProperty("keyId").GetString());
        Assert.Equal("valid", (await Verify(host.Client, new { document = oldFile })).GetProperty("verdict").GetString());
        Assert.Equal("valid", (await Verify(host.Client, new { document = newFile })).GetProperty("verdict").GetString());
        var published = (await Ok(await host.Client.GetAsync("/api/public/certificate-keys"))).GetProperty("keys").EnumerateArray()
            .Where(k => k.GetProperty("issuerCode").GetString() == issuer).Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(oldFile.GetProperty("seal").GetProperty("keyId").GetString(), published);
        Assert.Contains(rotated.GetProperty("kid").GetString(), published);
    }

    [Fact]
    public async Task A_signed_in_verifier_states_its_reason_sees_the_holder_in_full_and_the_holder_reads_the_access()
    {
        await host.StartNextWeek();
        var (applicant, number, issued) = await Approved();
        var identifier = issued.GetProperty("identifier").GetString()!;
        var code = issued.GetProperty("verificationCode").GetString()!;
        var verifier = await LocalHostFixture.ClientFor(host.BaseAddress, "verifier-bank-1", ["verifier"], creditCode: ValidCreditCode);

        await (await verifier.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier, verificationCode = code })).AssertValidationProblem();
        await (await verifier.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier, verificationCode = code, reasonOfUse = new string('因', 201) })).AssertValidationProblem();
        await (await host.Client.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier, verificationCode = code, reasonOfUse = "办理贷款" })).AssertValidationProblem();
        var noOrganisation = await LocalHostFixture.ClientFor(host.BaseAddress, "verifier-2", ["verifier"], creditCode: "not-a-credit-code");
        await AssertRefused(await noOrganisation.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier, verificationCode = code, reasonOfUse = "办理贷款" }), HttpStatusCode.Forbidden);

        var full = await Verify(verifier, new { identifier, verificationCode = code, reasonOfUse = "办理出国留学签证材料审核" });
        Assert.Equal("valid", full.GetProperty("verdict").GetString());
        Assert.Equal("张三丰", full.GetProperty("holder").GetString());
        Assert.Equal(IdNumber, full.GetProperty("holderCode").GetString());
        Assert.Equal(JsonValueKind.Null, (await Verify(host.Client, new { identifier, verificationCode = code })).GetProperty("holderCode").ValueKind);

        var wallet = await Ok(await applicant.GetAsync("/api/certificates"));
        var access = Assert.Single(wallet.GetProperty("items")[0].GetProperty("accesses").EnumerateArray());
        Assert.Equal(ValidCreditCode, access.GetProperty("organisationCode").GetString());
        Assert.Equal("办理出国留学签证材料审核", access.GetProperty("reasonOfUse").GetString());
        Assert.Equal("certificateAccessed", (await History(applicant, number))[^1]);
    }

    /// <summary>A unified social credit code with a valid check character (a bank, the relying party of the tests).</summary>
    private const string ValidCreditCode = "91350100M000100Y43";

    [Fact]
    public async Task A_correction_supersedes_the_old_version_and_the_wallet_and_the_department_list_show_both()
    {
        await host.StartNextWeek();
        var (applicant, number, issued) = await Approved();
        var first = issued.GetProperty("identifier").GetString()!;
        var firstFile = await Ok(await applicant.GetAsync($"/api/certificates/{first}"));
        var approver = await _api.Staff("approver", Police);

        var corrected = await Ok(await approver.PostAsJsonAsync($"/api/certificates/{first}/reissue", new { reason = "申请事项填写有误", matter = "赴英国留学所需" }));
        var second = corrected.GetProperty("identifier").GetString()!;
        Assert.Equal("valid", corrected.GetProperty("standing").GetString());
        Assert.Equal(2, corrected.GetProperty("certificate").GetProperty("version").GetInt32());
        Assert.Equal("赴英国留学所需", corrected.GetProperty("certificate").GetProperty("contents").GetProperty("matter").GetString());
        await (await approver.PostAsJsonAsync($"/api/certificates/{first}/reissue", new { reason = "x" })).AssertValidationProblem();
        await AssertRefused(await approver.PostAsJsonAsync($"/api/certificates/{first}/reissue", new { reason = "再次更正", matter = "其他" }), HttpStatusCode.Conflict);

        var old = await Verify(host.Client, new { document = firstFile });
        Assert.Equal("superseded", old.GetProperty("verdict").GetString());
        Assert.Equal(second, old.GetProperty("currentIdentifier").GetString());
        var secondFile = await Ok(await applicant.GetAsync($"/api/certificates/{second}"));
        Assert.Equal("valid", (await Verify(host.Client, new { document = secondFile })).GetProperty("verdict").GetString());

        // The holder's wallet and the issuing department's list: both versions, newest first; nobody else's.
        var wallet = await Ok(await applicant.GetAsync("/api/certificates"));
        Assert.Equal([second, first], wallet.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("identifier").GetString()!).ToArray());
        Assert.Equal(["valid", "superseded"], wallet.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("standing").GetString()!).ToArray());
        var stranger = await _api.Applicant("person-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Empty((await Ok(await stranger.GetAsync("/api/certificates"))).GetProperty("items").EnumerateArray());
        await Eventually(async () => (await Ok(await approver.GetAsync("/api/certificates?pageSize=100"))).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("identifier").GetString()).Contains(second));
        var otherDepartment = await _api.Staff("approver", "330300-QXJ");
        Assert.DoesNotContain((await Ok(await otherDepartment.GetAsync("/api/certificates?pageSize=100"))).GetProperty("items").EnumerateArray(),
            c => c.GetProperty("certificate").GetProperty("number").GetString() == number);
        await AssertRefused(await (await _api.Supervisor("330300")).GetAsync("/api/certificates"), HttpStatusCode.Forbidden);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100 && !await condition(); attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition());
    }

    [Fact]
    public async Task A_licence_is_issued_after_the_full_review_and_an_immediate_proof_in_one_sitting_at_the_window()
    {
        await host.StartNextWeek();

        // 排污许可证核发（简化管理）: 受理 → 审查 → 审核 → 决定 at 南平市生态环境局, a 证照 valid five years.
        const string permit = "XK02003001-350700000000", environment = "350700-STHJJ";
        var company = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(company, permit);
        await Ok(await Command(await _api.Staff("clerk", environment), number, "acceptance"));
        await Ok(await Command(await _api.Staff("reviewer", environment), number, "step-completion", new { outcome = "forward", opinion = "材料齐全" }));
        var approver = await _api.Staff("approver", environment);
        await Ok(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        var staffView = await Ok(await Command(await _api.Staff("approver", environment, "head"), number, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《排污许可管理条例》第十三条" }, reasons = "符合排污许可条件", resultDocument = "南环许〔2026〕8号",
        }));
        Assert.Equal("decided", staffView.GetProperty("summary").GetProperty("stage").GetString());
        var licence = (await Get(company, number)).GetProperty("case").GetProperty("certificates")[0];
        var content = (await Ok(await company.GetAsync($"/api/certificates/{licence.GetProperty("identifier").GetString()}"))).GetProperty("certificate");
        Assert.Equal("排污许可证", content.GetProperty("name").GetString());
        Assert.Equal(ElectronicCertificate.OrganisationHolder, content.GetProperty("holderCodeType").GetString());
        Assert.Equal(DateOnly.Parse(content.GetProperty("issuedOn").GetString()!).AddYears(5).AddDays(-1), DateOnly.Parse(content.GetProperty("validUntil").GetString()!));
        Assert.Equal("南平市生态环境局", content.GetProperty("issuer").GetString());

        // 社会保险参保缴费证明打印, a 即办件: accepted and concluded at the window in one sitting, downloaded at once.
        const string proof = "GG04003000-350700000000", insurance = "350700-SBZX";
        var person = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var proofNumber = await _api.SubmitCase(person, proof);
        await Ok(await Command(await _api.Staff("clerk", insurance), proofNumber, "acceptance"));
        await Ok(await Command(await _api.Staff("approver", insurance), proofNumber, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《中华人民共和国社会保险法》第七十四条" }, reasons = "参保缴费记录如实出具", resultDocument = "参保缴费证明",
        }));
        var proofIdentifier = (await Get(person, proofNumber)).GetProperty("case").GetProperty("certificates")[0].GetProperty("identifier").GetString();
        var proofFile = await Ok(await person.GetAsync($"/api/certificates/{proofIdentifier}"));
        Assert.Equal("valid", (await Verify(host.Client, new { document = proofFile })).GetProperty("verdict").GetString());
        Assert.Equal("delivered", (await History(person, proofNumber))[^1]);
    }

    [Fact]
    public async Task Hostile_verifications_are_refused_or_answered_never_as_valid_and_never_with_a_500()
    {
        var anonymous = host.Client;
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier = "1.2.156.3005.2.X", verificationCode = "ABCDEFGH" }))
            .AssertValidationProblem();
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier = 12345, verificationCode = "ABCDEFGH" }))
            .AssertValidationProblem();
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", new { })).AssertValidationProblem();
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", new { identifier = new string('1', 5000), verificationCode = "A" })).AssertValidationProblem();

        // A well-formed identifier of a case that does not exist.
        var unknown = CertificateIdentifier.For("QR06001000", "11330302002653271N", "20260302090000-330302-QR06001000-2222", 1).Value;
        Assert.Equal("notFound", (await Verify(anonymous, new { identifier = unknown, verificationCode = "ABCDEFGH" })).GetProperty("verdict").GetString());

        // Files that are not certificates, or are too big to be one.
        Assert.Equal("tampered", (await Verify(anonymous, new { document = new { certificate = new { }, seal = new { } } })).GetProperty("verdict").GetString());
        Assert.Equal("tampered", (await Verify(anonymous, new { document = new { certificate = new { identifier = unknown, issuerCode = "11330302002653271N" }, seal = new { algorithm = "SM2-SM3", keyId = "x", signature = "AAAA" } } })).GetProperty("verdict").GetString());
        var huge = new { document = new { certificate = new { holder = new string('张', 500_000) }, seal = new { } } };
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", huge)).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        await (await anonymous.PostAsync("/api/public/certificate-verifications", new StringContent("not json", Encoding.UTF8, "application/json"))).AssertValidationProblem();
        Assert.Equal("tampered", (await Verify(anonymous, new { pdf = "%PDF-1.7 not a certificate"u8.ToArray() })).GetProperty("verdict").GetString());
        await (await anonymous.PostAsJsonAsync("/api/public/certificate-verifications", new { pdf = new byte[CertificateVerificationRequestLimit + 1] })).AssertValidationProblem();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await anonymous.PostAsync("/api/public/certificate-verifications", new StringContent("x", Encoding.UTF8, "text/plain"))).StatusCode);

        // A download or revocation of an identifier that is not one is simply not found.
        var applicant = await _api.Applicant("person-" + Guid.NewGuid().ToString("N")[..8]);
        await AssertRefused(await applicant.GetAsync("/api/certificates/not-an-identifier"), HttpStatusCode.NotFound);
        await AssertRefused(await (await _api.Staff("approver", Police)).PostAsJsonAsync($"/api/certificates/{unknown}/revocation", new { reason = "withdrawn", note = "x" }), HttpStatusCode.NotFound);

        // The status list of an issuer that has sealed nothing is not made (nor a key for it); a code that is not one is refused.
        await AssertRefused(await anonymous.GetAsync("/api/public/certificate-status/91350100M000100Y43"), HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/public/certificate-status/91350100M000100Y44")).AssertValidationProblem();
        Assert.DoesNotContain((await Ok(await anonymous.GetAsync("/api/public/certificate-keys"))).GetProperty("keys").EnumerateArray(),
            k => k.GetProperty("issuerCode").GetString() == "91350100M000100Y43");
    }
}
