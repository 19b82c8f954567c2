using GovFunctions.Core.Cases;

namespace GovFunctions.Functions.Outbox;

/// <summary>In Azure nothing needs signalling: every case write reaches <see cref="OutboxFunctions"/> through the change feed.</summary>
public sealed class ChangeFeedOutboxSignal : IOutboxSignal
{
    public void CaseChanged(string caseNumber)
    {
    }
}
