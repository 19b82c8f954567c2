using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Api.Certificates;

/// <summary>
/// Electronic certificates over HTTP: verification for receiving parties (anonymous, within the public lookup quotas:
/// a wrong verification code counts like a wrong query code), the published keys, the holder's download and the
/// issuing department's revocation.
/// </summary>
public sealed class CertificateApi(CertificateService certificates, PublicQueryLimiter limiter, TimeProvider time)
{
    /// <summary>A certificate file is a few kilobytes; a request ten times that is not one.</summary>
    private const long VerificationLimit = 64 * 1024;

    public async Task<IResult> VerifyCertificate(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CertificateVerificationRequest>(request, cancellationToken, VerificationLimit);
        if (body.Document is { } document)
        {
            if (body.Identifier is not null || body.VerificationCode is not null)
            {
                throw ValidationFailedException.For("document", "send either the document or the identifier with its verification code, not both.");
            }

            return Results.Ok(await limiter.LookUpAsync(request, "certificate-file", () => certificates.VerifyDocumentAsync(document, cancellationToken)));
        }

        try
        {
            // Counted against the quotas like a status query: a wrong code is a failed lookup of that certificate.
            return Results.Ok(await limiter.LookUpAsync(request, body.Identifier ?? "", async () =>
            {
                var check = await certificates.VerifyAsync(body.Identifier, body.VerificationCode, cancellationToken);
                return check.Verdict == CertificateVerdict.NotFound ? throw new NotFoundException("No certificate has this identifier and verification code.") : check;
            }));
        }
        catch (NotFoundException)
        {
            return Results.Ok(CertificateCheck.Of(CertificateVerdict.NotFound, null));
        }
    }

    public async Task<IResult> GetIssuerKeys(CancellationToken cancellationToken) =>
        Results.Ok(IssuerKeysDocument.Of(await certificates.PublishedKeysAsync(cancellationToken)));

    /// <summary>The signed certificate file; the holder's first download is the delivery by 电子证照.</summary>
    public async Task<IResult> DownloadCertificate(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var document = await certificates.DownloadAsync(caller, identifier, cancellationToken);
        return Results.Json(document.ToDocument(), GovJson.Options, "application/json");
    }

    public async Task<IResult> RotateIssuerKey(HttpRequest request, string issuerCode, CancellationToken cancellationToken)
    {
        var key = await certificates.RotateIssuerKeyAsync(CallerClaims.Require(request.HttpContext.User), issuerCode, cancellationToken);
        return Results.Ok(PublishedKey.Of(key.KeyId, key.IssuerCode, key.PublicKey, key.Certificate, key.CreatedAt));
    }

    public async Task<IResult> RevokeCertificate(HttpRequest request, string identifier, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var command = await JsonBody.ReadAsync<RevocationCommand>(request, cancellationToken, VerificationLimit);
        return Results.Ok(CertificateRecord.Of(await certificates.RevokeAsync(caller, identifier, command, cancellationToken), time.GetUtcNow()));
    }
}
