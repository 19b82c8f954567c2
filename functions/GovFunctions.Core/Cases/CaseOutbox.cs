namespace GovFunctions.Core.Cases;

/// <summary>
/// Work a case still owes, written in the same document write as the change that caused it, so nothing is
/// lost between "state changed" and "work owed". The outbox processor drains it and clears it with the case's ETag.
/// </summary>
/// <param name="ViewsOutdated">The list views (applicant's cases, department's work) no longer show the current state.
/// Views are recomputed from the state, so one flag covers any number of changes.</param>
/// <param name="Messages">Milestone messages for provincial systems, in sequence order.</param>
public sealed record CaseOutbox(bool ViewsOutdated, IReadOnlyList<OutboxMessage> Messages)
;

/// <summary>A milestone message owed to the provincial systems. <see cref="Sequence"/> is the position of its event in the case's history, so case number + sequence identifies it for good.</summary>
public sealed record OutboxMessage(int Sequence, string Type, DateTimeOffset At);
