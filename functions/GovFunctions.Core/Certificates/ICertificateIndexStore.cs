namespace GovFunctions.Core.Certificates;

/// <summary>
/// Hands out each issuer's status list positions: 0, 1, 2… without gaps or repeats across instances. A position given
/// to a certificate whose decision then failed to save stays unused (its bit never set), which costs one bit.
/// </summary>
public interface ICertificateIndexStore
{
    Task<int> NextAsync(string issuerCode, CancellationToken cancellationToken);

    /// <summary>How many positions the issuer has handed out.</summary>
    Task<int> CountAsync(string issuerCode, CancellationToken cancellationToken);
}
