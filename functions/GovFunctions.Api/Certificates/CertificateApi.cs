using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.Api.Audit;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Paging;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// Electronic certificates over HTTP: verification for receiving parties (anonymous, within the public lookup quotas:
/// a wrong verification code counts like a wrong query code), the published keys, the holder's download and the
/// issuing department's revocation.
/// </summary>
public sealed class CertificateApi(CertificateService certificates, CertificateVerifier verifier, CertificateStatusLists statusLists, PublicQueryLimiter limiter, TimeProvider time)
{
    /// <summary>A signed file is a few kilobytes and a PDF some tens; a request bigger than a PDF in base64 is not a verification.</summary>
    private const long VerificationLimit = CertificateVerificationRequest.MaxPdfBytes * 4 / 3 + 4096;

    private const long CommandLimit = 64 * 1024;

    public async Task<IResult> VerifyCertificate(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CertificateVerificationRequest>(request, cancellationToken, VerificationLimit);
        if (new object?[] { body.Identifier ?? body.VerificationCode, body.Document, body.Pdf }.Count(given => given is not null) > 1)
        {
            throw ValidationFailedException.For("$", "send one of: identifier with verificationCode, document, or pdf.");
        }

        var party = RelyingParty.From(CallerClaims.From(request.HttpContext.User), body.ReasonOfUse);
        if (CertificateIdentifier.TryParse(body.Identifier, out var named))
        {
            RequestAudit.NoteCase(request.HttpContext, named.Value.CaseNumber);
        }

        if (body.Document is { } document)
        {
            return Noted(request, await limiter.LookUpAsync(request, "certificate-file", () => verifier.VerifyDocumentAsync(party, document, cancellationToken)));
        }

        if (body.Pdf is { } pdf)
        {
            return Noted(request, await limiter.LookUpAsync(request, "certificate-pdf", () => verifier.VerifyPdfAsync(party, pdf, cancellationToken)));
        }

        try
        {
            // Counted against the quotas like a status query: a wrong code is a failed lookup of that certificate.
            return Results.Ok(await limiter.LookUpAsync(request, body.Identifier ?? "", async () =>
            {
                var check = await verifier.VerifyAsync(party, body.Identifier, body.VerificationCode, cancellationToken);
                return check.Verdict == CertificateVerdict.NotFound ? throw new NotFoundException("No certificate has this identifier and verification code.") : check;
            }));
        }
        catch (NotFoundException)
        {
            return Results.Ok(CertificateCheck.Of(CertificateVerdict.NotFound, null));
        }
    }

    /// <summary>A certificate sent whole names its case only once read: the verification is filed under that case's audit records.</summary>
    private static IResult Noted(HttpRequest request, CertificateCheck check)
    {
        if (CertificateIdentifier.TryParse(check.Identifier, out var identifier))
        {
            RequestAudit.NoteCase(request.HttpContext, identifier.Value.CaseNumber);
        }

        return Results.Ok(check);
    }

    public async Task<IResult> ListCertificates(HttpRequest request, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var page = PageRequest.Create(RequestParameters.Integer(request, ApiParameters.PageSize), RequestParameters.Text(request, ApiParameters.ContinuationToken));
        var listed = await certificates.ListAsync(caller, page, cancellationToken);
        var now = time.GetUtcNow();
        return Results.Ok(new CertificateList([.. listed.Items.Select(c => CertificateRecord.Of(c, now))], listed.ContinuationToken));
    }

    public async Task<IResult> GetCertificateStatusList(string issuerCode, CancellationToken cancellationToken)
    {
        var list = await statusLists.GetAsync(issuerCode, cancellationToken);
        return Results.Json(new JsonObject
        {
            ["statusList"] = JsonNode.Parse(list.Payload),
            ["seal"] = JsonSerializer.SerializeToNode(list.Seal, GovJson.Options),
        }, GovJson.Options, "application/json");
    }

    public async Task<IResult> GetIssuerKeys(CancellationToken cancellationToken) =>
        Results.Ok(IssuerKeysDocument.Of(await certificates.PublishedKeysAsync(cancellationToken)));

    /// <summary>The signed certificate file; the holder's first download is the delivery by 电子证照.</summary>
    public async Task<IResult> DownloadCertificate(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var issued = await certificates.DownloadAsync(caller, identifier, cancellationToken);
        return Results.Json(issued.Document.ToDocument(), GovJson.Options, "application/json");
    }

    /// <summary>The PDF as issued, with the signed file inside; recorded as <see cref="DownloadCertificate"/> is.</summary>
    public async Task<IResult> DownloadCertificatePdf(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var pdf = await certificates.DownloadPdfAsync(caller, identifier, cancellationToken);
        return Results.Stream(pdf.Content, pdf.ContentType, fileDownloadName: identifier + ".pdf");
    }

    public async Task<IResult> RotateIssuerKey(HttpRequest request, string issuerCode, CancellationToken cancellationToken)
    {
        var key = await certificates.RotateIssuerKeyAsync(CallerClaims.Require(request.HttpContext.User), issuerCode, cancellationToken);
        return Results.Ok(PublishedKey.Of(key.KeyId, key.IssuerCode, key.PublicKey, key.Certificate, key.CreatedAt));
    }

    public async Task<IResult> ReissueCertificate(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var correction = await JsonBody.ReadAsync<CertificateCorrection>(request, cancellationToken, CommandLimit);
        return Results.Ok(CertificateRecord.Of(await certificates.ReissueAsync(caller, identifier, correction, cancellationToken), time.GetUtcNow()));
    }

    public async Task<IResult> RevokeCertificate(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var command = await JsonBody.ReadAsync<RevocationCommand>(request, cancellationToken, CommandLimit);
        return Results.Ok(CertificateRecord.Of(await certificates.RevokeAsync(caller, identifier, command, cancellationToken), time.GetUtcNow()));
    }
}
