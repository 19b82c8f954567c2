namespace GovFunctions.Core.Cases;

/// <summary>
/// Tells the host's outbox driver, after a case write, that the case has outbox work: a Storage queue message in
/// Azure, an in-process signal in LocalHost. A signal may be lost (a crash between the write and the signal, a queue
/// that refuses it): the outbox note written before the case write lets the periodic rescan find the work anyway.
/// </summary>
public interface IOutboxSignal
{
    /// <param name="owing">The case as just written and its note: a driver in the same process drains from it without reading it again.</param>
    Task CaseChangedAsync(OwingCase owing, CancellationToken cancellationToken);
}
