using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using GovFunctions.UnitTests.Review;
using Microsoft.Extensions.Logging.Abstractions;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Certificates;

public sealed class CertificateDecisionsTests
{
    private static readonly DateTimeOffset Monday = Beijing(2027, 3, 1);

    private static ReviewScenario ApprovedPermit()
    {
        var permit = Submitted(ItemNamed("XK02003001-350700000000"), Monday);
        permit.Accept();
        permit.Forward();
        permit.Forward();
        permit.DecideIssuing(new IssuerKeyRing(new InMemorySecretStore(), TimeProvider.System, NullLogger<IssuerKeyRing>.Instance));
        return permit;
    }

    private static string IdentifierOf(ReviewScenario scenario) => scenario.State.Certificates[^1].Identifier;

    [Fact]
    public void The_holders_first_download_is_the_delivery_by_electronic_certificate_and_later_ones_record_nothing()
    {
        var permit = ApprovedPermit();
        var identifier = IdentifierOf(permit);

        Assert.Null(CertificateDecisions.Download(permit.State, permit.Item, Staff(PlatformRole.Approver, permit.Item.DepartmentCode), identifier, permit.Now));
        var delivered = permit.Do((s, i, now) => CertificateDecisions.Download(s, i, Applicant, identifier, now)!);

        Assert.Equal(CaseStage.Delivered, delivered.Stage);
        Assert.Equal("电子证照", delivered.Delivery!.Method);
        Assert.Equal(Applicant.Subject, delivered.Delivery.By);
        Assert.Equal(permit.Now, delivered.Certificates[0].FirstDownloadedAt);
        Assert.Null(CertificateDecisions.Download(permit.State, permit.Item, Applicant, identifier, permit.Now.AddDays(1)));
    }

    [Fact]
    public void The_window_cannot_deliver_a_certificate_by_electronic_certificate_only_the_holders_download_does()
    {
        var permit = ApprovedPermit();
        var errors = Assert.Throws<ValidationFailedException>(() =>
            ReviewDecisions.Deliver(permit.State, permit.Item, permit.Window, new DeliveryCommand("电子证照", null), permit.Now)).Errors;
        Assert.Contains("method", errors.Keys);

        var posted = permit.Do((s, i, now) => ReviewDecisions.Deliver(s, i, permit.Window, new DeliveryCommand("邮寄送达", "SF1234567890"), now));
        Assert.Equal(CaseStage.Delivered, posted.Stage);
        var downloaded = Assert.IsType<CertificateDownloaded>(CertificateDecisions.Download(posted, permit.Item, Applicant, IdentifierOf(permit), permit.Now));
        Assert.Equal(IdentifierOf(permit), downloaded.Identifier);
    }

    [Fact]
    public void Nobody_else_learns_the_certificate_exists()
    {
        var permit = ApprovedPermit();
        var identifier = IdentifierOf(permit);
        var stranger = new Caller("someone-else", new HashSet<PlatformRole> { PlatformRole.Applicant });
        var otherDepartment = Staff(PlatformRole.Approver, "330300-QXJ");

        Assert.Throws<NotFoundException>(() => CertificateDecisions.Download(permit.State, permit.Item, stranger, identifier, permit.Now));
        Assert.Throws<NotFoundException>(() => CertificateDecisions.Download(permit.State, permit.Item, otherDepartment, identifier, permit.Now));
        Assert.Throws<NotFoundException>(() => CertificateDecisions.Download(permit.State, permit.Item, Applicant, identifier[..^1] + (identifier[^1] == '0' ? "1" : "0"), permit.Now));
        Assert.Throws<NotFoundException>(() => CertificateDecisions.Revoke(
            permit.State, permit.Item, otherDepartment, identifier, new RevocationCommand("withdrawn", "撤销"), permit.Now));
    }

    [Fact]
    public void Only_an_approver_of_the_issuing_department_revokes_with_a_known_reason_and_only_once()
    {
        var permit = ApprovedPermit();
        var identifier = IdentifierOf(permit);
        var command = new RevocationCommand("withdrawn", "以欺骗手段取得许可，依法撤销");

        Assert.Throws<AccessDeniedException>(() => CertificateDecisions.Revoke(permit.State, permit.Item, Staff(PlatformRole.Clerk, permit.Item.DepartmentCode), identifier, command, permit.Now));
        Assert.Throws<NotFoundException>(() => CertificateDecisions.Revoke(permit.State, permit.Item, Applicant, identifier, command, permit.Now));
        var invalid = Assert.Throws<ValidationFailedException>(() => CertificateDecisions.Revoke(
            permit.State, permit.Item, permit.DecidingApprover, identifier, new RevocationCommand("because", new string('长', 501)), permit.Now)).Errors;
        Assert.Equal(["note", "reason"], invalid.Keys.Order());

        var revoked = permit.Do((s, i, now) => CertificateDecisions.Revoke(s, i, permit.DecidingApprover, identifier, command, now));
        Assert.Equal(RevocationReason.Withdrawn, revoked.Certificates[0].Revocation!.Reason);
        Assert.False(revoked.Certificates[0].Current);
        Assert.Throws<ConflictException>(() => CertificateDecisions.Revoke(revoked, permit.Item, permit.DecidingApprover, identifier, command, permit.Now));
    }

    [Fact]
    public async Task A_correction_issues_the_next_version_and_supersedes_the_old_which_can_then_be_neither_revoked_nor_corrected()
    {
        var keys = new IssuerKeyRing(new InMemorySecretStore(), TimeProvider.System, NullLogger<IssuerKeyRing>.Instance);
        var permit = Submitted(ItemNamed("XK02003001-350700000000"), Monday);
        permit.Accept();
        permit.Forward();
        permit.Forward();
        permit.DecideIssuing(keys);
        var first = IdentifierOf(permit);
        var correction = new CertificateCorrection("持证主体名称有误", "温州某化工股份有限公司", null, null);

        var current = CertificateDecisions.RequireReissuable(permit.State, permit.Item, permit.DecidingApprover, first, correction);
        var state = permit.Do((_, _, _) => TestCertificates.ReissueAsync(keys, current, correction, permit.DecidingApprover.Subject, permit.Now).GetAwaiter().GetResult());

        var (old, next) = (state.Certificates[0], state.Certificates[1]);
        Assert.Equal(next.Identifier, old.SupersededBy);
        Assert.Equal(2, next.Document.Certificate.Version);
        Assert.EndsWith(".002." + next.Identifier[^1], next.Identifier, StringComparison.Ordinal);
        Assert.Equal("温州某化工股份有限公司", next.Document.Certificate.Holder);
        Assert.Equal(old.Document.Certificate.ValidUntil, next.Document.Certificate.ValidUntil);
        Assert.Equal(next.Identifier, CaseSummary.Of(state).CertificateIdentifier);
        Assert.Throws<ConflictException>(() => CertificateDecisions.Revoke(state, permit.Item, permit.DecidingApprover, first, new RevocationCommand("withdrawn", "撤销"), permit.Now));
        Assert.Throws<ConflictException>(() => CertificateDecisions.RequireReissuable(state, permit.Item, permit.DecidingApprover, first, correction with { Holder = "又一家公司" }));
    }

    [Fact]
    public void A_correction_needs_a_reason_and_a_change_and_an_approver_of_the_issuer()
    {
        var permit = ApprovedPermit();
        var identifier = IdentifierOf(permit);
        var holder = permit.State.Certificates[0].Document.Certificate.Holder;

        Assert.Equal(["$", "reason"], Assert.Throws<ValidationFailedException>(() => CertificateDecisions.RequireReissuable(
            permit.State, permit.Item, permit.DecidingApprover, identifier, new CertificateCorrection(null, null, null, null))).Errors.Keys.Order());
        Assert.Equal(["holder"], Assert.Throws<ValidationFailedException>(() => CertificateDecisions.RequireReissuable(
            permit.State, permit.Item, permit.DecidingApprover, identifier, new CertificateCorrection("更正", holder, null, null))).Errors.Keys);
        Assert.Throws<AccessDeniedException>(() => CertificateDecisions.RequireReissuable(
            permit.State, permit.Item, Staff(PlatformRole.Reviewer, permit.Item.DepartmentCode), identifier, new CertificateCorrection("更正", "新名称", null, null)));
    }

    [Fact]
    public void A_denial_or_an_item_without_certificate_terms_issues_nothing()
    {
        Assert.False(CertificateIssuer.Issues(Lightning));
        Assert.True(CertificateIssuer.Issues(ItemNamed("QR06001000-330302000000")));
        var denied = Submitted(ItemNamed("XK02003001-350700000000"), Monday);
        denied.Accept();
        denied.Forward();
        denied.Forward();
        Assert.Empty(denied.Decide("denied").Certificates);
    }
}
