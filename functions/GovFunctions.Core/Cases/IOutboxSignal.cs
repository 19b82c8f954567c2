namespace GovFunctions.Core.Cases;

/// <summary>Tells the host's outbox driver that a case has outbox work. In Azure the change feed does this instead.</summary>
public interface IOutboxSignal
{
    void CaseChanged(string caseNumber);
}
