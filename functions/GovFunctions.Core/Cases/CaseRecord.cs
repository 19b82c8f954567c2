namespace GovFunctions.Core.Cases;

/// <summary>
/// Everything stored of one case in one document: its state, its append-only history, what it still owes
/// (outbox), and the idempotency keys its commands were sent with (key → hash of the request).
/// </summary>
public sealed record CaseRecord(
    CaseState State,
    IReadOnlyList<CaseEvent> History,
    CaseOutbox Outbox,
    IReadOnlyDictionary<string, string> IdempotencyKeys);

/// <summary>A stored case with the ETag that guards its next replacement.</summary>
public sealed record StoredCase(CaseRecord Case, string ETag);
