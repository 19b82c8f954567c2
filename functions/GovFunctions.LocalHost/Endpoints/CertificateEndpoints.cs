using GovFunctions.Api;
using GovFunctions.Api.Certificates;
using GovFunctions.Api.Http;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Identity;

namespace GovFunctions.LocalHost.Endpoints;

public static class CertificateEndpoints
{
    public static void MapCertificateEndpoints(this RouteGroupBuilder api)
    {
        var certificates = api.MapGroup("").WithTags("Certificates");

        certificates.MapPost(Routes.CertificateVerifications, (HttpRequest request, CertificateApi handler, CancellationToken ct) => handler.VerifyCertificate(request, ct))
            .WithName(Operations.VerifyCertificate)
            .WithSummary("For receiving parties (证明使用单位), anonymous: checks a certificate by its identifier and the verification code its holder gave, by the signed file itself, or by the PDF (base64). Answers valid, revoked, expired, superseded, notFound or tampered, with the facts to rely on it (the holder's name masked when a person). Wrong codes count against the same quotas as the public status query. A signed-in verifier (证明使用单位, its organisation the token's credit code) states its reasonOfUse (申请事由) and is answered the holder in full; its check goes on the certificate's access log, which the holder reads.")
            .ForAnyone(PlatformRole.Verifier)
            .Accepts<CertificateVerificationRequest>("application/json")
            .Produces<CertificateCheck>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
            .WithAnswerHeaders(StatusCodes.Status400BadRequest, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit)
            .WithAnswerHeaders(StatusCodes.Status429TooManyRequests, ContractHeaders.RetryAfter, ContractHeaders.RateLimitPolicy, ContractHeaders.RateLimit);

        certificates.MapGet(Routes.IssuerKeys, (CertificateApi handler, CancellationToken ct) => handler.GetIssuerKeys(ct))
            .WithName(Operations.GetIssuerKeys)
            .WithSummary("Every issuing department's SM2 public keys (JWKS-like: kty EC, crv SM2, x, y, x5c) and the platform's issuing roots, old keys included: enough to verify a downloaded certificate offline.")
            .ForAnyone()
            .Produces<IssuerKeysDocument>();

        certificates.MapGet(Routes.CertificateStatusList, (string issuerCode, CertificateApi handler, CancellationToken ct) => handler.GetCertificateStatusList(issuerCode, ct))
            .WithName(Operations.GetCertificateStatusList)
            .WithSummary("An issuer's revocation status list (W3C Bitstring Status List style: GZIP'd bitstring, base64url, at least 131,072 bits, bit i = the certificate whose status index is i), sealed by the issuer: a verifier reads its certificate's bit without telling the issuer which it checks.")
            .ForAnyone()
            .Produces<StatusListFile>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        certificates.MapGet(Routes.Certificates, (HttpRequest request, CertificateApi handler, CancellationToken ct) => handler.ListCertificates(request, ct))
            .WithName(Operations.ListCertificates)
            .WithSummary("The holder's wallet (an applicant's own certificates) or, for staff, the certificates their department issued: every version, with its standing; paged.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<CertificateList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        certificates.MapGet(Routes.Certificate, (HttpRequest request, string identifier, CertificateApi handler, CancellationToken ct) => handler.DownloadCertificate(request, identifier, ct))
            .WithName(Operations.DownloadCertificate)
            .WithSummary("The signed certificate file, for its holder (the first download is the delivery by 电子证照) or staff of the issuing department.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .Produces<CertificateFile>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        certificates.MapGet(Routes.CertificatePdf, (HttpRequest request, string identifier, CertificateApi handler, CancellationToken ct) => handler.DownloadCertificatePdf(request, identifier, ct))
            .WithName(Operations.DownloadCertificatePdf)
            .WithSummary("The certificate PDF as issued (seal, identifier, verification code and QR code, usage watermark; the signed file embedded as certificate.json), for the same callers as DownloadCertificate, recorded the same way.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .ProducesFile([GovFunctions.Core.Certificates.Rendering.CertificatePdf.ContentType])
            .ProducesProblem(StatusCodes.Status404NotFound);

        certificates.MapPost(Routes.IssuerKeyRotation, (HttpRequest request, string issuerCode, CertificateApi handler, CancellationToken ct) => handler.RotateIssuerKey(request, issuerCode, ct))
            .WithName(Operations.RotateIssuerKey)
            .WithSummary("A new sealing key for an issuing authority (admin): it seals from now on; every older key stays published and what it sealed keeps verifying.")
            .ForCallers(PlatformRole.Admin)
            .Produces<PublishedKey>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        certificates.MapPost(Routes.CertificateReissue, (HttpRequest request, string identifier, CertificateApi handler, CancellationToken ct) => handler.ReissueCertificate(request, identifier, ct))
            .WithName(Operations.ReissueCertificate)
            .WithSummary("更正 by an approver of the issuing department: the next version with the corrected holder, result document or matter, sealed and printed anew; the old version stays and verifies as superseded, naming the new one; the province is told.")
            .ForCallers(PlatformRole.Approver)
            .Accepts<CertificateCorrection>("application/json")
            .Produces<CertificateRecord>()
            .ProducesCommandProblems();

        certificates.MapPost(Routes.CertificateRevocation, (HttpRequest request, string identifier, CertificateApi handler, CancellationToken ct) => handler.RevokeCertificate(request, identifier, ct))
            .WithName(Operations.RevokeCertificate)
            .WithSummary("撤销/注销 by an approver of the issuing department, with the reason class and the department's note: the certificate stays and verifies as revoked; the province is told.")
            .ForCallers(PlatformRole.Approver)
            .Accepts<RevocationCommand>("application/json")
            .Produces<CertificateRecord>()
            .ProducesCommandProblems();
    }
}
