namespace GovFunctions.EndToEndTests.Contract;

/// <summary>
/// Sits under every API client the end-to-end tests use: each answer is checked against the host's OpenAPI document
/// before the test sees it, and a departure fails the test that received it. Each also carries the security headers
/// (nosniff, a content security policy, and no-store when the request had a token).
/// </summary>
public sealed class ContractValidatingHandler(Uri baseAddress) : DelegatingHandler(new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var violations = (await ApiContract.OfHost(baseAddress)).Check(request, response, body).Concat(SecurityHeadersMissing(request, response)).ToList();
        if (violations.Count > 0)
        {
            throw new ContractViolationException(request, violations);
        }

        return response;
    }

    private static IEnumerable<string> SecurityHeadersMissing(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing) || !sniffing.Contains("nosniff"))
        {
            yield return "security: X-Content-Type-Options nosniff is missing";
        }

        if (!response.Headers.Contains("Content-Security-Policy"))
        {
            yield return "security: Content-Security-Policy is missing";
        }

        if (request.Headers.Authorization is not null && response.Headers.CacheControl?.NoStore != true)
        {
            yield return "security: an answer to a request with a token is not marked no-store";
        }
    }
}

public sealed class ContractViolationException(HttpRequestMessage request, IReadOnlyList<string> violations)
    : Exception($"{request.Method} {request.RequestUri!.PathAndQuery} departs from the OpenAPI document:{Environment.NewLine}" + string.Join(Environment.NewLine, violations));
