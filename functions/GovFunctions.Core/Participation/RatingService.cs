using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Options;

namespace GovFunctions.Core.Participation;

/// <summary>好差评 on a case: given by its applicant through the case's one write path, read by the applicant, the case's staff and its supervisors.</summary>
public sealed class RatingService(CaseChanges changes, WorkCalendars calendars, IOptions<RatingOptions> options)
{
    /// <summary>A retry with the same <paramref name="idempotencyKey"/> and body answers the case as it is.</summary>
    public Task<CaseRecord> RateAsync(Caller caller, string caseNumber, RatingCommand command, string? idempotencyKey, string requestHash, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, (record, _, now) => RatingDecisions.Rate(record.State, caller, command, options.Value, calendars.ForCase(record.State), now),
            cancellationToken, idempotency: idempotencyKey is null ? null : new IdempotentRequest(caller, idempotencyKey, requestHash));

    /// <summary>The applicant's one rating of how their poor rating was handled.</summary>
    public Task<CaseRecord> RateHandlingAsync(Caller caller, string caseNumber, HandlingRatingCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, (record, _, now) => RectificationDecisions.RateHandling(record.State, caller, command, now), cancellationToken);

    public async Task<CaseRating> GetAsync(Caller caller, string caseNumber, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var guide = await changes.GuideOfAsync(state, cancellationToken);
        if (!StaffRules.SeesAsStaff(state, guide, caller))
        {
            CaseDecisions.RequireOwner(state, caller);
        }

        return state.Rating ?? throw new NotFoundException($"Case {caseNumber} has not been rated.");
    }
}
