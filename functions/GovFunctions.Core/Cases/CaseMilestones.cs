namespace GovFunctions.Core.Cases;

/// <summary>
/// The events provincial systems are told about (省级平台 办件库), by message type. Each one puts a message in the
/// case's outbox in the same write that records it. A draft withdrawn was never filed, so no province hears of it.
/// </summary>
public static class CaseMilestones
{
    public static string? TypeOf(CaseEvent @event, CaseStage stageBefore) => @event switch
    {
        CaseWithdrawn when stageBefore == CaseStage.Draft => null,
        CaseSubmitted => "caseSubmitted",
        CaseAccepted => "caseAccepted",
        AcceptanceRefused => "caseNotAccepted",
        SupplementRequested => "supplementRequested",
        SupplementProvided => "supplementProvided",
        CaseSuspended => "caseSuspended",
        CaseResumed => "caseResumed",
        CaseExtended => "caseExtended",
        CaseDecided => "caseConcluded",
        CaseDelivered => "caseDelivered",
        CaseWithdrawn => "caseWithdrawn",
        _ => null,
    };
}
