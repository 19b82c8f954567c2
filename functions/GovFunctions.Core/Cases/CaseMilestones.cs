namespace GovFunctions.Core.Cases;

/// <summary>
/// The events provincial systems are told about (省级平台 办件库), by message type. Each one puts a message in the
/// case's outbox in the same write that records it. A draft withdrawn was never filed, so no province hears of it;
/// complaints and supervision files are the platform's own, so it hears nothing of them; a disclosure request's
/// receipt, answer and abandonment go as messages of their own naming the procedure.
/// </summary>
public static class CaseMilestones
{
    public static string? TypeOf(CaseEvent @event, CaseStage stageBefore) => @event switch
    {
        // Complaints and supervision files are the platform's own records: the province's 办件库 holds applications.
        _ when stageBefore is CaseStage.Complaint or CaseStage.Supervision => null,
        // A disclosure request tells the province when it was received, answered or abandoned, with its procedure.
        DisclosureRequested => "disclosureReceived",
        DisclosureAnswered => "disclosureAnswered",
        DisclosureLapsed => "disclosureLapsed",
        _ when stageBefore == CaseStage.Disclosure => null,
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
        DeadlinesRereckoned => "caseDeadlinesChanged",
        CertificateRevoked => "certificateRevoked",
        CertificateReissued => "certificateReissued",
        CaseRated => "evaluationReceived",
        _ => null,
    };

    /// <summary>The milestones of a history from <paramref name="fromSequence"/> on, as the outbox owed them when each event happened.</summary>
    public static IReadOnlyList<OutboxMessage> Of(IReadOnlyList<CaseEvent> history, int fromSequence = 1)
    {
        var milestones = new List<OutboxMessage>();
        CaseState? state = null;
        for (var i = 0; i < history.Count; i++)
        {
            // A record's first event comes before any stage: a draft's start is no milestone, a disclosure request's receipt is.
            if (i + 1 >= fromSequence && TypeOf(history[i], state?.Stage ?? CaseStage.Draft) is { } type)
            {
                milestones.Add(new OutboxMessage(i + 1, type, history[i].At));
            }

            state = CaseEvolution.Apply(state, history[i]);
        }

        return milestones;
    }
}
