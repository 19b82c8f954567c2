namespace GovFunctions.Core.Cases;

/// <summary>
/// Work a case still owes, written in the same document write as the change that caused it, so nothing is
/// lost between "state changed" and "work owed". The outbox processor drains it and clears it with the case's ETag.
/// </summary>
/// <param name="ViewsOutdated">The list views (applicant's cases, department's work) and the scheduled alarm no longer
/// show the current state. Views are recomputed from the state, so one flag covers any number of changes.</param>
/// <param name="Messages">Milestone messages for provincial systems, in sequence order.</param>
public sealed record CaseOutbox(bool ViewsOutdated, IReadOnlyList<OutboxMessage> Messages)
{
    /// <summary>
    /// Every list that may hold a view of the case: those the outbox processor last wrote, and those any change since
    /// has owed it. The processor removes the case from these lists only (null: cases stored before this was kept,
    /// whose removals fall back to every list the case could ever have been in).
    /// </summary>
    public IReadOnlyList<string>? ListedIn { get; init; }

    /// <summary>The history sequences of the events whose supervision counts (<see cref="Statistics.CaseCounts"/>) are owed.</summary>
    public IReadOnlyList<int> Counts { get; init; } = [];

    /// <summary>The outbox of a new case: its views are owed.</summary>
    public static CaseOutbox Started(CaseState state) =>
        new(true, []) { ListedIn = CaseLists.ShownIn(state) };

    /// <summary>
    /// The outbox after a change from <paramref name="before"/> to <paramref name="after"/>: the views are owed only
    /// when what they show (a list line, the lists, an alarm) may differ, and the lists they will be written to are
    /// noted before they are written, so a list written by a drain that then lost a race is still cleaned up.
    /// <paramref name="counted"/>: the sequence of the event whose counts are now owed, if it counts.
    /// </summary>
    public CaseOutbox Changed(CaseState before, CaseState after, IReadOnlyList<OutboxMessage> messages, int? counted)
    {
        var counts = counted is { } sequence ? [.. Counts, sequence] : Counts;
        if (!ViewsOutdated && CaseLists.ShowSame(before, after))
        {
            return this with { Messages = messages, Counts = counts };
        }

        return new CaseOutbox(true, messages) { ListedIn = ListedIn is null ? null : [.. ListedIn.Union(CaseLists.ShownIn(after))], Counts = counts };
    }

    /// <summary>Nothing is owed: no views to write, no message to send, nothing to count.</summary>
    public bool IsEmpty => !ViewsOutdated && Messages.Count == 0 && Counts.Count == 0;
}

/// <summary>A milestone message owed to the provincial systems. <see cref="Sequence"/> is the position of its event in the case's history, so case number + sequence identifies it for good.</summary>
public sealed record OutboxMessage(int Sequence, string Type, DateTimeOffset At);
