using System.Text.Json;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Serialization;

namespace GovFunctions.Core.Certificates;

/// <summary>
/// Each issuer's revocation status list, built when asked from the cases holding its revoked certificates (a view list
/// the outbox keeps) and sealed by the issuer like a certificate: a verifier checks one bit without saying which.
/// </summary>
public sealed class CertificateStatusLists(ICaseViewStore views, CaseChanges changes, IssuerKeyRing keys, ICertificateIndexStore positions)
{
    public async Task<SignedStatusList> GetAsync(string issuerCode, CancellationToken cancellationToken)
    {
        IssuerKeyRing.RequireIssuerCode(issuerCode);

        // Only an issuer that has sealed something has a list; asking for another must not create it a key.
        if (!(await keys.PublishedAsync(cancellationToken)).Keys.Any(k => k.IssuerCode == issuerCode))
        {
            throw new NotFoundException($"Issuer {issuerCode} has issued no certificate.");
        }

        var revoked = new List<int>();
        await foreach (var summary in views.ReadAllAsync(CaseLists.RevokedOf(issuerCode), cancellationToken))
        {
            var state = (await changes.LoadAsync(summary.CaseNumber, cancellationToken)).Case.State;
            revoked.AddRange(state.Certificates
                .Where(c => c.Revocation is not null)
                .Select(c => c.Document.Certificate)
                .Where(c => c.IssuerCode == issuerCode && c.Status is not null)
                .Select(c => c.Status!.Index));
        }

        var count = await positions.CountAsync(issuerCode, cancellationToken);
        var list = new CertificateStatusList(issuerCode, CertificateStatusEntry.Revocation, StatusBitstring.Encode(revoked, count), count, changes.Now);
        var payload = CanonicalJson.Text(JsonSerializer.SerializeToNode(list, GovJson.Options));
        return new SignedStatusList(payload, await keys.SealAsync(issuerCode, payload, cancellationToken));
    }
}
