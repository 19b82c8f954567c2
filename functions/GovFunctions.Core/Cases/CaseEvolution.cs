namespace GovFunctions.Core.Cases;

/// <summary>Evolve: the next state of a case from its current state and one event. Pure; never refuses.</summary>
public static class CaseEvolution
{
    public static CaseState Replay(IEnumerable<CaseEvent> history) =>
        history.Aggregate((CaseState?)null, Apply) ?? throw new InvalidOperationException("A case's history starts with DraftStarted.");

    public static CaseState Apply(CaseState? state, CaseEvent @event)
    {
        var next = @event switch
        {
            DraftStarted e => new CaseState
            {
                Number = e.CaseNumber,
                QueryCode = e.QueryCode,
                ItemCode = e.ItemCode,
                ItemVersion = e.ItemVersion,
                ApplicantSubject = e.By,
                CreditCode = e.CreditCode,
                DepartmentCode = e.DepartmentCode,
                RegionCode = e.RegionCode,
                Stage = CaseStage.Draft,
                StartedAt = e.At,
            },
            FormUpdated e => Existing(state) with { Form = e.Form },
            MaterialAttached e => Existing(state) with
            {
                Materials = [.. Existing(state).Materials.Select(m => m.SlotId == e.Material.SlotId ? m with { Superseded = true } : m), e.Material],
            },
            CaseSubmitted e => Existing(state) with { Stage = CaseStage.Submitted, SubmittedAt = e.At, AcceptanceDeadline = e.AcceptanceDeadline },
            CaseWithdrawn e => Existing(state) with { Stage = CaseStage.Withdrawn, WithdrawnAt = e.At },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown case event."),
        };
        return next with { Version = (state?.Version ?? 0) + 1 };
    }

    private static CaseState Existing(CaseState? state) =>
        state ?? throw new InvalidOperationException("Only DraftStarted can begin a case's history.");
}
