namespace GovFunctions.EndToEndTests.Contract;

/// <summary>
/// Sits under every API client the end-to-end tests use: each answer is checked against the host's OpenAPI document
/// before the test sees it, and a departure fails the test that received it.
/// </summary>
public sealed class ContractValidatingHandler(Uri baseAddress) : DelegatingHandler(new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var violations = (await ApiContract.OfHost(baseAddress)).Check(request, response, body);
        if (violations.Count > 0)
        {
            throw new ContractViolationException(request, violations);
        }

        return response;
    }
}

public sealed class ContractViolationException(HttpRequestMessage request, IReadOnlyList<string> violations)
    : Exception($"{request.Method} {request.RequestUri!.PathAndQuery} departs from the OpenAPI document:{Environment.NewLine}" + string.Join(Environment.NewLine, violations));
