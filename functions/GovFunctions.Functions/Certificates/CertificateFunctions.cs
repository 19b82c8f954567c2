using GovFunctions.Api;
using GovFunctions.Api.Certificates;
using GovFunctions.Core.Certificates;
using GovFunctions.Functions.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Certificates;

/// <summary>Electronic certificates: verification and keys for receiving parties, the holder's download, the issuer's revocation.</summary>
public sealed class CertificateFunctions(CertificateApi api)
{
    [Function(Operations.VerifyCertificate)]
    public Task<IResult> VerifyCertificate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CertificateVerifications)] HttpRequest request, CancellationToken cancellationToken) =>
        api.VerifyCertificate(request, cancellationToken);

    [Function(Operations.GetIssuerKeys)]
    public Task<IResult> GetIssuerKeys(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.IssuerKeys)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetIssuerKeys(cancellationToken);

    [Function(Operations.GetCertificateStatusList)]
    public Task<IResult> GetCertificateStatusList(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CertificateStatusList)] HttpRequest request, string issuerCode, CancellationToken cancellationToken) =>
        api.GetCertificateStatusList(issuerCode, cancellationToken);

    [Function(Operations.ListCertificates)]
    public Task<IResult> ListCertificates(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Certificates)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListCertificates(request, cancellationToken);

    [Function(Operations.DownloadCertificate)]
    public Task<IResult> DownloadCertificate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Certificate)] HttpRequest request, string identifier,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Delivering(api.DownloadCertificate(request, identifier, cancellationToken), identifier, durable, cancellationToken);

    [Function(Operations.DownloadCertificatePdf)]
    public Task<IResult> DownloadCertificatePdf(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CertificatePdf)] HttpRequest request, string identifier,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        Delivering(api.DownloadCertificatePdf(request, identifier, cancellationToken), identifier, durable, cancellationToken);

    /// <summary>The holder's first download delivers the result, which ends the case's delivery clock: its alarms are rescheduled.</summary>
    private static Task<IResult> Delivering(Task<IResult> download, string identifier, DurableTaskClient durable, CancellationToken cancellationToken) =>
        CertificateIdentifier.TryParse(identifier, out var parsed)
            ? ReviewFunctions.Rescheduled(download, durable, parsed.Value.CaseNumber, cancellationToken)
            : download;

    [Function(Operations.RotateIssuerKey)]
    public Task<IResult> RotateIssuerKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.IssuerKeyRotation)] HttpRequest request, string issuerCode, CancellationToken cancellationToken) =>
        api.RotateIssuerKey(request, issuerCode, cancellationToken);

    [Function(Operations.ReissueCertificate)]
    public Task<IResult> ReissueCertificate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CertificateReissue)] HttpRequest request, string identifier, CancellationToken cancellationToken) =>
        api.ReissueCertificate(request, identifier, cancellationToken);

    [Function(Operations.RevokeCertificate)]
    public Task<IResult> RevokeCertificate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CertificateRevocation)] HttpRequest request, string identifier, CancellationToken cancellationToken) =>
        api.RevokeCertificate(request, identifier, cancellationToken);
}
